// The reasons of resources/model-parameters.json, listed so that lupdate
// finds them (JSON is not source code): the exports show each parameter with
// its reason in the reader's language. A core test fails when a reason in the
// file is missing here.
#include "core/scoring/parametertexts.h"

namespace mixplanner::core {

const std::vector<text::Source> &parameterReasonTexts()
{
    static const std::vector<text::Source> texts = {
        MP_TR("parameters", "Being known is the first half of brand power, but awareness alone does not make people listen."),
        MP_TR("parameters", "People who like a brand pay attention to whatever its account says; liking counts as much as knowing."),
        MP_TR("parameters", "Followers are the channel account-driven work travels through, so they weigh most."),
        MP_TR("parameters", "Engagement shows whether followers respond; it refines the picture more than it defines it."),
        MP_TR("parameters", "Below about a hundred followers an account reaches almost no one on its own; the follower score starts here."),
        MP_TR("parameters", "A following of a fifth of the target audience gives an account full reach; beyond that, more followers add little."),
        MP_TR("parameters", "An engagement rate of 2 % is typical for brand accounts, so it scores half; rates well above it score close to full."),
        MP_TR("parameters", "Each doubling of the following expected at a phase adds this many points of brand power, which is what lets a weak brand shift toward its account."),
        MP_TR("parameters", "Follower growth alone cannot make a weak brand strong within one plan; the boost stops here."),
        MP_TR("parameters", "Below this brand power an account-heavy mix is the typical mistake of a little-known brand."),
        MP_TR("parameters", "From this brand power, holding back on the account wastes the brand's strongest asset."),
        MP_TR("parameters", "How far the recommended account share moves, at full brand sensitivity, between an average brand (power 50) and the weakest or strongest one."),
        MP_TR("parameters", "Even content-led work keeps some account activity (replies, a profile that converts visitors)."),
        MP_TR("parameters", "Even the strongest brand keeps some content that travels beyond its followers."),
        MP_TR("parameters", "Plans within 12 points of the recommended share are balanced well enough; the model is not precise beyond that."),
        MP_TR("parameters", "The balance of account-driven and content-driven work for this brand and purpose is what MixPlanner judges first."),
        MP_TR("parameters", "Whether the mix shifts as the brand's power grows decides if a composite strategy works."),
        MP_TR("parameters", "Each approach can run on any platform, but fits one graph better; a mismatch costs reach, not the plan."),
        MP_TR("parameters", "Content-driven work only finds its clusters when it names them, tags them and has a format."),
        MP_TR("parameters", "Account-driven work needs an account with followers or borrowed ones (influencers) to reach anyone."),
        MP_TR("parameters", "Each point of account share outside the recommended band costs 2.5 points of fit, so 40 points outside means no fit at all."),
        MP_TR("parameters", "Prior, no source: a phase counts half by its share of the weeks and half by its share of the money, so neither a one-week blitz with most of the budget nor a long phase with almost none can hide the plan's real mix."),
        MP_TR("parameters", "Prior, no source: a phase spending less per week than a tenth of the plan's average is barely worked; its fit counts in proportion (none at no spend), so one yen in an empty phase buys no points."),
        MP_TR("parameters", "The plan's shifts, added up over all phase changes, may differ from the recommended shifts by 10 points in all before points are lost; counted once for the whole plan, so cutting a phase into several gains nothing."),
        MP_TR("parameters", "Each point of shift beyond the tolerance, over the whole plan, costs 2.5 points, as for the mix itself."),
        MP_TR("parameters", "A move of less than 5 points in either direction is noise, not a reversal."),
        MP_TR("parameters", "An activity whose approach fits its platform 25 points worse than the other approach would is worth a separate warning."),
        MP_TR("parameters", "Knowing which interest cluster the content is for matters most."),
        MP_TR("parameters", "Tags and keywords are how interest-driven platforms route content to that cluster."),
        MP_TR("parameters", "A chosen format (video, carousel, article) shows the content is planned, not hoped for."),
        MP_TR("parameters", "Prior, no source: an account share 40 points or more from its activity type's default (account posts typed as 10 % account-driven) is named in a finding, because the mix and the score rest on that number."),
        MP_TR("parameters", "An account with fewer followers than this has no audience of its own yet."),
        MP_TR("parameters", "An account that exists but has almost no followers is half ready: the work will build it, but reach little at first."),
        MP_TR("parameters", "Influencer work borrows an audience, so it is ready whatever the brand's own account."),
        MP_TR("parameters", "Purposes social media serves at least this well are not capped."),
        MP_TR("parameters", "Below this, other marketing serves the purpose better and MixPlanner advises against leading with social media."),
        MP_TR("parameters", "Exchange rate prior (late 2020s average) to put yen budgets on the scale of the spend curves below."),
        MP_TR("parameters", "Exchange rate prior for euro budgets."),
        MP_TR("parameters", "Exchange rate prior for pound budgets."),
        MP_TR("parameters", "Exchange rate prior for won budgets."),
        MP_TR("parameters", "Exchange rate prior for New Taiwan dollar budgets."),
        MP_TR("parameters", "Exchange rate prior for yuan budgets."),
        MP_TR("parameters", "Exchange rate prior for Australian dollar budgets."),
        MP_TR("parameters", "Exchange rate prior for Canadian dollar budgets."),
        MP_TR("parameters", "Prior: weekly content-driven spend (in US dollars) at which content reaches half of what it could; the half-saturation point of the Hill curve, as in Robyn and Meridian."),
        MP_TR("parameters", "Prior: shape of the Hill curve; above 1 the first dollars buy little (content needs a minimum of quality and volume), then returns diminish."),
        MP_TR("parameters", "Prior: at saturation, content reaches at most about a third of its interest clusters in a week; interest feeds ration how often a topic appears."),
        MP_TR("parameters", "When content names no clusters, it competes for the whole audience and finds about 5 % of it at most."),
        MP_TR("parameters", "Content with no clusters, tags or format still reaches 40 % as many people as well-targeted content, by chance."),
        MP_TR("parameters", "Prior: weekly account-driven spend (posting, community, campaigns) at which the account works at half its potential."),
        MP_TR("parameters", "An account with no account-driven work this week still reaches some followers through older posts."),
        MP_TR("parameters", "A brand account working at full activity posts about four times a week; each post reaches its share of the followers again."),
        MP_TR("parameters", "Locowise's February 2015 study of 500 Facebook pages: a post reached on average 11 % of a page's fans for pages under 10,000 likes (organic reach per post)."),
        MP_TR("parameters", "The same Locowise study: 6 % per post for pages of 10,000 to 99,999 likes; used at the middle of that band (about 31,600 followers), with the rate falling smoothly on a log scale between the bands."),
        MP_TR("parameters", "The same Locowise study: 5 % per post for pages of 100,000 likes or more."),
        MP_TR("parameters", "Follower count up to which the small-account reach rate applies."),
        MP_TR("parameters", "Follower count from which the large-account reach rate applies; between the two the rate falls on a log scale."),
        MP_TR("parameters", "Reach multiplier for a brand nobody likes: its posts are shown and shared less."),
        MP_TR("parameters", "Reach multiplier for a brand everyone likes; linear in between, 1.0 at 50 %."),
        MP_TR("parameters", "Prior: 0.3 % of people who meet the brand through content they like follow the account; this is how a weak brand grows."),
        MP_TR("parameters", "Prior: account posts reach mostly existing followers; shares bring a few new ones (0.05 % of reach)."),
        MP_TR("parameters", "Prior: 0.2 % of followers leave each week, about 10 % a year."),
        MP_TR("parameters", "People reached by content engage at 60 % of the brand's engagement rate: they do not know the brand yet."),
        MP_TR("parameters", "An engagement (like, comment, share, save) is worth as much as reaching 15 people, for weighing outcomes against each other."),
        MP_TR("parameters", "A new follower is worth as much as reaching 40 people: it is reach the brand keeps."),
        MP_TR("parameters", "The bounded suggestion moves each phase's account share by at most 25 percentage points, a change a team can make without redoing the plan."),
        MP_TR("parameters", "The suggestion maximises projected value times (mix fit x trajectory) squared: a mix the scoring model faults is no suggestion, and squaring makes leaving the band cost more than the projection can gain."),
        MP_TR("parameters", "Account shares are searched in steps of 1 percentage point."),
    };
    return texts;
}

} // namespace mixplanner::core
