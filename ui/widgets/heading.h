#pragma once

#include <QLabel>

namespace mixplanner::ui {

// A page heading: plain text in a larger bold font. (A rich-text "<h2>"
// label lays out a whole text document, which adds to start-up time.)
QLabel *makeHeading(const QString &text, QWidget *parent);

// A short bold caption, such as "Findings" over a list.
QLabel *makeCaption(const QString &text, QWidget *parent);

} // namespace mixplanner::ui
