// The words of the built-in catalogue (resources/catalogue/*.json), listed
// so that lupdate finds them: JSON is not source code. A core test fails when
// a catalogue name or reason is missing here.
#include "core/catalogue/cataloguetexts.h"

namespace mixplanner::core {

const std::vector<text::Source> &catalogueTexts()
{
    static const std::vector<text::Source> texts = {
        // platforms
        MP_TR("catalogue", "Facebook"),
        MP_TR("catalogue", "Friends and pages form a symmetric graph; posts reach mostly people already connected to the page."),
        MP_TR("catalogue", "Instagram"),
        MP_TR("catalogue", "Follows are one-way and hashtags and recommendations carry posts to strangers with the same interest."),
        MP_TR("catalogue", "X (Twitter)"),
        MP_TR("catalogue", "Built to spread information: asymmetric follows, reposts and keyword search move content beyond followers."),
        MP_TR("catalogue", "LINE"),
        MP_TR("catalogue", "Official accounts message friends who opted in; there is little discovery by interest."),
        MP_TR("catalogue", "mixi"),
        MP_TR("catalogue", "An invitation-born network of people who know each other; communities exist but reach follows ties."),
        MP_TR("catalogue", "LinkedIn"),
        MP_TR("catalogue", "Connections are mutual and professional; company pages reach mostly their followers and employees' networks."),
        MP_TR("catalogue", "Pinterest"),
        MP_TR("catalogue", "People browse boards by topic and search; who posted a pin matters far less than what it shows."),
        MP_TR("catalogue", "TikTok"),
        MP_TR("catalogue", "The feed is chosen by interest signals, so an unknown account's video can reach millions."),
        MP_TR("catalogue", "YouTube"),
        MP_TR("catalogue", "Search and recommendations drive most views; subscribers add a loyal base on top."),
        MP_TR("catalogue", "Threads"),
        MP_TR("catalogue", "One-way follows with a recommended feed; accounts carried over from Instagram give existing brands a start."),
        MP_TR("catalogue", "Blog / owned media"),
        MP_TR("catalogue", "Readers arrive through search keywords and shared links; there is no follower graph to speak of."),
        MP_TR("catalogue", "Forum / community site"),
        MP_TR("catalogue", "Topic boards gather people by interest; a known member's voice carries some weight."),
        MP_TR("catalogue", "Other"),
        MP_TR("catalogue", "Unknown platform: assume neither approach has an edge."),
        // activity-types
        MP_TR("catalogue", "Account posts"),
        MP_TR("catalogue", "Regular posts are seen mostly by people who already follow the account."),
        MP_TR("catalogue", "Follower campaign"),
        MP_TR("catalogue", "Follow-and-win and similar campaigns exist to grow the account itself."),
        MP_TR("catalogue", "Community management"),
        MP_TR("catalogue", "Replies, comments and moderation happen between the account and its community."),
        MP_TR("catalogue", "Influencer collaboration"),
        MP_TR("catalogue", "Borrows another account's followers; the content matters, but the reach comes from a graph."),
        MP_TR("catalogue", "Messaging broadcast"),
        MP_TR("catalogue", "Messages go only to people who added the account."),
        MP_TR("catalogue", "Live event"),
        MP_TR("catalogue", "Followers are notified, but a good live moment is also clipped and shared by interest."),
        MP_TR("catalogue", "Content series"),
        MP_TR("catalogue", "A series built on a topic people love travels on its own merit."),
        MP_TR("catalogue", "Hashtag campaign"),
        MP_TR("catalogue", "Tags place content in interest clusters regardless of who posted it."),
        MP_TR("catalogue", "Short video"),
        MP_TR("catalogue", "Short-video feeds are chosen by interest signals more than by follows."),
        MP_TR("catalogue", "User-generated content campaign"),
        MP_TR("catalogue", "Customers' posts spread through their own networks and tags; the brand account only kicks it off."),
        MP_TR("catalogue", "Search keyword content"),
        MP_TR("catalogue", "Found by keywords in search, almost never through an account."),
        MP_TR("catalogue", "Paid ads"),
        MP_TR("catalogue", "Ads can target followers and lookalikes or interests alike; start neutral."),
        MP_TR("catalogue", "Unknown kind of work: start neutral and let the marketer set the share."),
        // purposes
        MP_TR("catalogue", "Awareness"),
        MP_TR("catalogue", "Being seen by new people is what interest-driven distribution does best; a strong brand's account also reaches far."),
        MP_TR("catalogue", "Product launch"),
        MP_TR("catalogue", "A launch needs both news value in content and the brand's own voice; which leads depends on the brand."),
        MP_TR("catalogue", "Engagement"),
        MP_TR("catalogue", "Conversation needs an account people talk to, but topics that invite replies are content work."),
        MP_TR("catalogue", "Loyalty"),
        MP_TR("catalogue", "Existing customers are reached through the account and community; content plays a supporting part."),
        MP_TR("catalogue", "Customer support"),
        MP_TR("catalogue", "Support happens in direct exchanges with an account; social media is one support desk among several."),
        MP_TR("catalogue", "Direct sales"),
        MP_TR("catalogue", "Social posts rarely close sales by themselves; shops, search and ads convert better."),
        MP_TR("catalogue", "Recruiting"),
        MP_TR("catalogue", "Employer brand content finds candidates by interest; a known employer's account draws them directly."),
        MP_TR("catalogue", "B2B lead generation"),
        MP_TR("catalogue", "Business buyers decide through search, events, referrals and sales teams; social media plays a small part."),
        MP_TR("catalogue", "Reputation recovery"),
        MP_TR("catalogue", "Trust is rebuilt by actions and earned media first; social accounts can answer, but cannot repair alone."),
    };
    return texts;
}

} // namespace mixplanner::core
