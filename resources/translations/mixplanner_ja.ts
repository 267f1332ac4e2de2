<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>Export</name>
    <message>
        <source>PDF document (*.pdf);;Web page (*.html);;Markdown (*.md);;Spreadsheet of activities (*.csv);;Score report as JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanCommands</name>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 of &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanField</name>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan can span at most %1 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This phase would start before &apos;%1&apos; ends (week %2). Phases run one after another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This phase would run into &apos;%1&apos;, which starts in week %2. Move or shorten &apos;%1&apos; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 &apos;%2&apos; in this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each %1 can be listed only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as JPY or USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hourly rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engagement rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audience size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a purpose from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a purpose from the list, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a platform from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follower milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the plan&apos;s channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an activity type from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hourly rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brand strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awareness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>favourability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audience size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engagement rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secondary purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secondary purpose weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follower milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>influencer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid support</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>... and %n more (see Details)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalogue</name>
    <message>
        <source>Facebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friends and pages form a symmetric graph; posts reach mostly people already connected to the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows are one-way and hashtags and recommendations carry posts to strangers with the same interest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X (Twitter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built to spread information: asymmetric follows, reposts and keyword search move content beyond followers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LINE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official accounts message friends who opted in; there is little discovery by interest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invitation-born network of people who know each other; communities exist but reach follows ties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections are mutual and professional; company pages reach mostly their followers and employees&apos; networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinterest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People browse boards by topic and search; who posted a pin matters far less than what it shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed is chosen by interest signals, so an unknown account&apos;s video can reach millions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search and recommendations drive most views; subscribers add a loyal base on top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-way follows with a recommended feed; accounts carried over from Instagram give existing brands a start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blog / owned media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readers arrive through search keywords and shared links; there is no follower graph to speak of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum / community site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic boards gather people by interest; a known member&apos;s voice carries some weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown platform: assume neither approach has an edge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular posts are seen mostly by people who already follow the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follower campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-and-win and similar campaigns exist to grow the account itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies, comments and moderation happen between the account and its community.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influencer collaboration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrows another account&apos;s followers; the content matters, but the reach comes from a graph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages go only to people who added the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers are notified, but a good live moment is also clipped and shared by interest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A series built on a topic people love travels on its own merit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashtag campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags place content in interest clusters regardless of who posted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short-video feeds are chosen by interest signals more than by follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User-generated content campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers&apos; posts spread through their own networks and tags; the brand account only kicks it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search keyword content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found by keywords in search, almost never through an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid ads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ads can target followers and lookalikes or interests alike; start neutral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of work: start neutral and let the marketer set the share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being seen by new people is what interest-driven distribution does best; a strong brand&apos;s account also reaches far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A launch needs both news value in content and the brand&apos;s own voice; which leads depends on the brand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation needs an account people talk to, but topics that invite replies are content work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing customers are reached through the account and community; content plays a supporting part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support happens in direct exchanges with an account; social media is one support desk among several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social posts rarely close sales by themselves; shops, search and ads convert better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer brand content finds candidates by interest; a known employer&apos;s account draws them directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B2B lead generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business buyers decide through search, events, referrals and sales teams; social media plays a small part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reputation recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust is rebuilt by actions and earned media first; social accounts can answer, but cannot repair alone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>Account-driven share per phase: planned against recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account-driven share per phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerance band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected followers and people reached per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers and weekly reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People reached in the week (left scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers (right scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score components, each out of 100</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compare</name>
    <message>
        <source>Phase %1 planned/rec.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suitability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers start -&gt; end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected engagements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans compared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>components</name>
    <message>
        <source>Mix fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trajectory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follower reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csv</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account share (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account-driven cost (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-driven cost (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message>
        <source>&apos;%1&apos; (weeks %2-%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move about %1 of &apos;%2&apos; from account-driven to content-driven work (short videos, hashtag campaigns, content series aimed at interest clusters), or lower the account share of its activities, to bring it near %3 (anything from %4-%5 fits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 %2 of the cost goes to account-driven work, but the brand&apos;s power there is only %3 of 100: few people know or follow the account, so its posts reach little. Content that finds interest clusters would reach further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 %2 of the cost is account-driven; for a brand with power %3 and this purpose the model recommends %4 (%5-%6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move about %1 of &apos;%2&apos; toward account-driven work (account posts, community care, follower campaigns, influencers), or raise the account share of its activities, to bring it near %3 (anything from %4-%5 fits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 only %2 of the cost is account-driven, though the brand&apos;s power there is %3 of 100: people already listen to its account, so even ordinary posts from it would land.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 only %2 of the cost is account-driven; for a brand with power %3 and this purpose the model recommends %4 (%5-%6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no activities, so it has no mix at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has activities but no budget or hours, so it has no mix at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the work planned for these weeks, or remove the phase if the plan does not need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give its activities a budget or hours, so the plan says what these weeks cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From &apos;%1&apos; to &apos;%2&apos; the account share falls from %3 to %4, but the brand&apos;s power calls for it to rise (recommended %5 then %6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From &apos;%1&apos; to &apos;%2&apos; the account share rises from %3 to %4, but the brand&apos;s power calls for it to fall (recommended %5 then %6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead with content while the brand is little known and shift toward the account as followers grow: aim for a change of about %1 instead of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift back toward content as the account&apos;s pull weakens: aim for a change of about %1 instead of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From &apos;%1&apos; to &apos;%2&apos; the account share changes by %3; the recommendation changes by %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the shift gentler: aim for a change of about %1 instead of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the shift steeper: aim for a change of about %1 instead of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an interest-graph platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a social-graph platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a search-graph platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mixed-graph platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2 account-driven on %3, %4. There content travels by interest more than through followers, so account-driven work reaches fewer people than content would.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower its account share and make the content stand on its own (tags, topics the cluster loves), or run it on a social-graph platform such as Facebook, LINE or LinkedIn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2 account-driven on %3, %4. There posts reach mostly people already connected to the account, so content-driven work finds few new people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run this content on an interest-graph platform such as Instagram, TikTok, X or YouTube, or make it account-driven (a message or post for existing friends of the account).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 activity fits its platform somewhat less well than the other approach would.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 activities fit their platforms somewhat less well than the other approach would.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing urgent: a little more content on interest-graph platforms, or more account work on social-graph ones, would recover these points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no interest cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tags or keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2 content-driven but names %3, so nothing steers its content to the people it is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link it to the clusters it is for, add the tags or keywords those people follow, and choose a format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relies on influencers, whose audience is borrowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs on &apos;%1&apos;, where the brand has no account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs on &apos;%1&apos;, which has only %2 followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2 account-driven but %3: account-driven work needs an audience to reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grow the account with content first and schedule this work for a later phase, or work with influencers who already have the audience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media serves %1 poorly (suitability %2). %3 MixPlanner does not recommend leading with social media here; the score is capped at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the main effort into channels that serve this purpose better (search, events, sales, partners) and keep social media in a supporting role, or plan social media for a purpose it serves well, such as awareness or engagement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media serves %1 only in part (suitability %2), so even a well-balanced plan scores at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure this plan on what social media does well for the purpose, and plan other channels alongside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is in no phase, so its cost (%2) is left out of the mix and the score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign it to the phases it runs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no activities yet, so there is no mix to judge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity in the plan&apos;s phases has a budget or hours, so there is no mix to judge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add activities with a budget or hours and assign them to phases.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>list</name>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plan the account-driven and content-driven mix of a social media campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan to open (.mixplan).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mixplanner::ui::ActivitiesModel</name>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of this work reaches people through the account and its followers (100%) rather than through the content itself (0%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team hours, costed at the hourly rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget plus hours at the hourly rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest clusters this work aims at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags and keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated tags or keywords that carry the content to its clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaches people through influencers&apos; accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ads support this work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mixplanner::ui::BrandPurposePage</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follower reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set brand strength &amp;directly:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand strength set directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Awareness:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Favourability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ollowers (all accounts):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;udience size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Engagement rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the target audience who know the brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of those who like it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in the target audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand strength breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secondary purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary &amp;weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Brand and purpose&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Brand strength %1 of 100&lt;/b&gt;, set directly. The figures above would give:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Brand strength %1 of 100&lt;/b&gt;, from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media suits this purpose %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score is capped at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mixplanner::ui::ChannelsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account or outlet, e.g. @brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social graph: ties between people who know each other. Interest graph: content spreads by interest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the brand has its own account on this channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers of this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mixplanner::ui::ClustersModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated number of people in the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords and tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated tags and keywords this cluster follows or searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities aimed at this cluster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mixplanner::ui::CompareDialog</name>
    <message>
        <source>Compare plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans compared side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores, mixes and projections of the plans, side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file ending in .html or .md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plans-compared.html</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (*.html);;Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mixplanner::ui::MainWindow</name>
    <message>
        <source>MixPlanner plans (*.mixplan);;JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand &amp; purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blank plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;sample plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare Plans...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Summary...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print Summary...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Brand &amp;&amp; purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rojection and suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About MixPlanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About MixPlanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;MixPlanner %1&lt;/b&gt;&lt;p&gt;Plans the balance of account-driven and content-driven social media work for a brand and purpose, explains every point of its score and suggests what to change.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts and outlets the plan uses. Social-graph platforms (Facebook, LINE, LinkedIn) suit account-driven work; interest-graph ones (Instagram, X, TikTok, YouTube) carry content to people by interest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups of people who share an interest, and the tags and keywords they follow. Content-driven work finds them through these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s stages in time. The follower milestone is the following you expect when a phase starts: as it grows, the recommended mix moves toward the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work of the plan. The account share says how much of an activity reaches people through the account and its followers rather than through the content itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2%3)[*] - MixPlanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account-driven %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account-driven -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened. The plan you have open is unchanged.

Problems found (JSON pointer: what is wrong):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only, so MixPlanner will not write over it. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed or removed by another program since you opened it. Write your version over it? No saves your version under another name instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save plan as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer MixPlanner; this version will not replace it. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export plan summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file ending in .pdf, .html, .md, .csv or .json, so MixPlanner knows which format to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at most three plans to compare with the open one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read. Problems found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print plan summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has changes that are not saved. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the recovery copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unsaved plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MixPlanner found changes to %1 that were not saved (kept %2). Restore them? Discard removes the recovery copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery copy could not be read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by another program. Reload it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed or removed by another program. Your changes are still open; when you save, MixPlanner will ask before writing over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mixplanner::ui::MessageBar</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mixplanner::ui::MixChart</name>
    <message>
        <source>Account-driven share per phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of planned and recommended account share per phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned (phase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: planned %2, recommended %3 (%4 to %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerance band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account-driven</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mixplanner::ui::OverviewPage</name>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hourly rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What an hour of the team&apos;s time costs; activity hours are costed at this rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Overview&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Weeks:&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;Phases:&lt;/b&gt; %2 &amp;nbsp; &lt;b&gt;Activities:&lt;/b&gt; %3 &amp;nbsp; &lt;b&gt;Channels:&lt;/b&gt; %4 &amp;nbsp; &lt;b&gt;Clusters:&lt;/b&gt; %5 &amp;nbsp; &lt;b&gt;Cost:&lt;/b&gt; %6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mixplanner::ui::PhasesModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follower milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brand&apos;s whole following expected when the phase starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget plus hours at the hourly rate of the activities in this phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned share of the cost that goes to account-driven work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended account share and tolerance band for the brand&apos;s power in this phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no costed work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2-%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mixplanner::ui::PlanDocument</name>
    <message>
        <source>channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk refused the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2. The plan is not saved; choose another folder with Save As.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2. The file on disk is unchanged and your changes are still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change type of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan already runs to week %1; there is no room for another phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a channel first: every activity runs on one of the plan&apos;s channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no room after the last phase for a copy of &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate %1 &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; is used by %n activities. Move them to another channel or delete them first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1 &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases are ordered by their weeks; change the start weeks to reorder them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mixplanner::ui::ProjectionPage</name>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested mix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of followers by week, plan and suggested mix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People reached per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of weekly reach, plan and suggested mix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply &amp;suggested mix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply &amp;unbounded optimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the plan might do week by week, from the projection model (docs/projection-model.md), and the account share per phase that projects best at the same cost. Apply moves budget between account-leaning and content-leaning activities; it is one step you can undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbounded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested account share per phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Projection and suggested mix&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>followers %1 → %2, reach %3 (content %4, account %5), engagements %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Plan:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Suggested mix:&lt;/b&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;No exchange-rate prior for %1: amounts were read as US dollars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the same cost; score after Apply %1 (suggested) and %2 (unbounded), now %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply unbounded optimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply suggested mix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply changes nothing here: no phase has budgets on both the account-leaning and the content-leaning side to move between. Change account shares by hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mixplanner::ui::ScorePanel</name>
    <message>
        <source>Mix fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trajectory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Score&lt;/b&gt; of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Findings&lt;/b&gt; (click one to go to it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mix per phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What to do:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well balanced for this brand and purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workable; the findings below say what would improve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mix does not suit this brand or purpose yet; start with the largest finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capped at %1 because social media serves this purpose only in part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−%1 points — %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mixplanner::ui::TablePage</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the selected row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected row up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected row down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mixplanner::ui::WhatIfChart</name>
    <message>
        <source>Chart of the score against brand strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score if the brand were this strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score 70</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan scores 70 or more at the brand&apos;s strength now (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan would first score 70 at a brand strength of %1 (now %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No brand strength lifts this plan to 70: its mix or purpose has to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>%1 - plan summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose: %1 (social media suitability %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: %1 / 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capped at %1 (from %2) because social media serves this purpose only in part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned and recommended account share per phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand strength: %1 / 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set directly in the plan. The brand&apos;s figures would give:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mix per phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account-driven share of each phase&apos;s cost, against the share recommended for the brand&apos;s power in that phase. A little-known brand should start with content and lean on its account as its following grows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the plan balances its approaches well for this brand and purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every point the plan loses, with what to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the plan might do week by week, from the projection model: followers %1 → %2, people reached %3 (content %4, account %5), engagements %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected followers and weekly reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost in phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities by phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (weeks %2-%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in any phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords and tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers the score was computed with (resources/model-parameters.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the plan might do week by week (docs/projection-model.md): followers %1 -&gt; %2, people reached %3 (content %4, account %5), engagements %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account-driven share of each phase&apos;s cost, against the share recommended for the brand&apos;s power in that phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suggestion</name>
    <message>
        <source>&apos;%1&apos;: keep it at %2, which suits the brand&apos;s power there (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: from %2 down to %3 account-driven. Few people follow or know the brand yet, so content aimed at interest clusters reaches more of them and brings the followers later phases need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: from %2 down to %3 account-driven. Content reaches more new people here than the account can for the same money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: from %2 up to %3 account-driven. People already listen to the brand, so its account carries ordinary posts far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: from %2 up to %3 account-driven. The following grown so far makes the account worth more here (recommended %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply reaches only %1 here: it moves budget only between activities that run in this phase alone, and there is too little on one side; change budgets or account shares by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no costed work, so there is nothing to shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s mix is already the best MixPlanner finds within %1 points of it; the unbounded optimum changes the projected value by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest move: %1 Projected value %2 at the same cost; without limits %3. After Apply the score is %4 (now %5).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 percentage points</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
