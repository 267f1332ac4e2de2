#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace mixplanner::core {

// Writes JSON text straight into a string, laid out exactly as
// nlohmann::json::dump(2) lays it out (two-space indent, "key": value, the
// same escapes and number forms), without building a tree first: saving a
// large plan costs about as much as printing it. Callers open and close
// containers in order; nothing checks that here.
class JsonTextWriter
{
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(std::string_view name);

    void value(std::string_view text);
    void value(const char *text) { value(std::string_view(text)); }
    void value(std::int64_t number);
    void value(int number) { value(static_cast<std::int64_t>(number)); }
    void value(bool flag);
    void number(double value);   // whole numbers as integers, as plans store them
    void null();
    // A value given as JSON text (a field MixPlanner keeps without knowing
    // it), re-laid out at the current depth.
    void rawValue(std::string_view json);

    std::string take();

private:
    void beforeValue();
    void newline();
    void open(char bracket);
    void close(char bracket);

    std::string m_out;
    int m_depth = 0;
    bool m_first = true;       // no item written yet in the open container
    bool m_afterKey = false;   // a key was written; its value follows on the line
};

} // namespace mixplanner::core
