#include "testsupport.h"

#include "core/catalogue/catalogue.h"
#include "core/catalogue/cataloguetexts.h"
#include "core/resources/embeddedresource.h"

#include <catch2/catch.hpp>

#include <set>

using namespace mixplanner;

TEST_CASE("the built-in catalogue offers every platform, type and purpose of the format", "[catalogue]")
{
    const core::Catalogue &catalogue = core::Catalogue::builtin();
    for (const char *id : {"facebook", "instagram", "x", "line", "mixi", "linkedin", "pinterest",
                           "tiktok", "youtube", "threads", "blog", "forum", "other"})
        CHECK(catalogue.platform(id) != nullptr);
    CHECK(catalogue.platforms.size() == 13);
    CHECK(catalogue.platform("facebook")->graph == core::SocialGraph::Social);
    CHECK(catalogue.platform("tiktok")->graph == core::SocialGraph::Interest);

    const std::pair<const char *, double> defaults[] = {
        {"account_posts", 0.8}, {"follower_campaign", 0.9}, {"community_management", 0.9},
        {"influencer_collab", 0.7}, {"messaging_broadcast", 1.0}, {"live_event", 0.6},
        {"content_series", 0.2}, {"hashtag_campaign", 0.15}, {"short_video", 0.15},
        {"ugc_campaign", 0.25}, {"seo_keyword_content", 0.05}, {"paid_ads", 0.5}, {"other", 0.5}};
    for (const auto &[id, share] : defaults) {
        INFO(id);
        REQUIRE(catalogue.activityType(id) != nullptr);
        CHECK(catalogue.activityType(id)->defaultAccountShare == Approx(share));
    }
    CHECK(catalogue.activityTypes.size() == 13);

    for (const char *id : {"awareness", "launch", "engagement", "loyalty", "support", "sales",
                           "recruiting", "b2b_leads", "reputation"})
        CHECK(catalogue.purpose(id) != nullptr);
    // B2B lead generation is the purpose social media serves worst.
    for (const auto &purpose : catalogue.purposes)
        CHECK(purpose.suitability >= catalogue.purpose("b2b_leads")->suitability);
}

TEST_CASE("a broken catalogue is reported with its file and pointer", "[catalogue]")
{
    const auto text = [](const char *name) { return *core::embeddedResource(name); };
    std::string purposes(text("catalogue/purposes.json"));
    const std::string needle = "\"suitability\": 0.3";
    REQUIRE(purposes.find(needle) != std::string::npos);
    purposes.replace(purposes.find(needle), needle.size(), "\"suitability\": 1.3");
    const auto result = core::loadCatalogue(text("catalogue/platforms.json"),
                                            text("catalogue/activity-types.json"), purposes);
    CHECK_FALSE(result.catalogue);
    CHECK(result.failedFile == "catalogue/purposes.json");
    INFO(test::describe(result.errors));
    CHECK(test::hasDiagnostic(result.errors, "/purposes/7/suitability", "between 0 and 1"));
}

TEST_CASE("a misspelt catalogue field is an error, not ignored", "[catalogue]")
{
    const auto text = [](const char *name) { return *core::embeddedResource(name); };
    std::string platforms(text("catalogue/platforms.json"));
    const std::string needle = "\"accountFit\": 0.9, \"contentFit\": 0.5";
    REQUIRE(platforms.find(needle) != std::string::npos);
    platforms.replace(platforms.find(needle), needle.size(), "\"accountFit\": 0.9, \"contentFit\": 0.5, \"acountFit\": 1");
    const auto result = core::loadCatalogue(platforms, text("catalogue/activity-types.json"),
                                            text("catalogue/purposes.json"));
    CHECK_FALSE(result.catalogue);
    CHECK(test::hasDiagnostic(result.errors, "/platforms/0/acountFit", "spelling"));
}

// The app translates catalogue words by their English text; lupdate can only
// find them in catalogueTexts(), so a word added to the JSON must be added there.
TEST_CASE("every catalogue name and reason is listed for translation", "[catalogue][translation]")
{
    std::set<std::string> listed;
    for (const core::text::Source &source : core::catalogueTexts()) {
        CHECK(std::string(source.context) == "catalogue");
        listed.insert(source.text);
    }
    const core::Catalogue &catalogue = core::Catalogue::builtin();
    const auto check = [&](const std::string &text) {
        INFO(text);
        CHECK(listed.count(text) == 1);
    };
    for (const auto &platform : catalogue.platforms) {
        check(platform.name);
        check(platform.reason);
    }
    for (const auto &type : catalogue.activityTypes) {
        check(type.name);
        check(type.reason);
    }
    for (const auto &purpose : catalogue.purposes) {
        check(purpose.name);
        check(purpose.reason);
    }
}
