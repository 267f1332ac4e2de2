<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>BudgetText</name>
    <message>
        <source>Committed %1: budgets %2, team hours %3 (%4 h)</source>
        <translation>確定した費用 %1：予算 %2、チームの工数 %3（%4 時間）</translation>
    </message>
    <message>
        <source>%1. That is %2 over the budget cap of %3.</source>
        <translation>%1。予算上限 %3 を %2 超えています。</translation>
    </message>
    <message>
        <source>%1. %2 of the budget cap of %3 is left.</source>
        <translation>%1。予算上限 %3 のうち %2 が残っています。</translation>
    </message>
    <message>
        <source>Cost %1</source>
        <translation>費用 %1</translation>
    </message>
    <message>
        <source>Cost %1 of %2 (%3 over)</source>
        <translation>費用 %1 / 上限 %2（%3 超過）</translation>
    </message>
    <message>
        <source>Cost %1 of %2 (%3 left)</source>
        <translation>費用 %1 / 上限 %2（残り %3）</translation>
    </message>
</context>
<context>
    <name>DocumentManager</name>
    <message>
        <source>Untitled plan</source>
        <translation>無題のプラン</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>PDF document (*.pdf);;Web page (*.html);;Markdown (*.md);;Spreadsheet of activities (*.csv);;Score report as JSON (*.json)</source>
        <translation>PDF 文書 (*.pdf);;Web ページ (*.html);;Markdown (*.md);;施策の表計算ファイル (*.csv);;スコアレポート JSON (*.json)</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>書き出していません: %1</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>MixPlanner plans (*.mixplan);;JSON files (*.json);;All files (*)</source>
        <translation>MixPlanner プラン (*.mixplan);;JSON ファイル (*.json);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概要(&amp;O)</translation>
    </message>
    <message>
        <source>Brand &amp; purpose</source>
        <translation>ブランドと目的</translation>
    </message>
    <message>
        <source>&amp;Brand &amp;&amp; purpose</source>
        <translation>ブランドと目的(&amp;B)</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>&amp;Channels</source>
        <translation>チャネル(&amp;C)</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>C&amp;lusters</source>
        <translation>クラスター(&amp;L)</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <source>&amp;Phases</source>
        <translation>フェーズ(&amp;P)</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>施策</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>施策(&amp;A)</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>予測</translation>
    </message>
    <message>
        <source>P&amp;rojection and suggestion</source>
        <translation>予測と提案(&amp;R)</translation>
    </message>
    <message>
        <source>The accounts and outlets the plan uses. Social-graph platforms (Facebook, LINE, LinkedIn) suit account-driven work; interest-graph ones (Instagram, X, TikTok, YouTube) carry content to people by interest.</source>
        <translation>プランで使うアカウントや媒体です。ソーシャルグラフのプラットフォーム（Facebook、LINE、LinkedIn）はアカウント起点の施策に、興味グラフのプラットフォーム（Instagram、X、TikTok、YouTube）は関心を通じてコンテンツを人に届けるのに向いています。</translation>
    </message>
    <message>
        <source>Interest clusters</source>
        <translation>興味関心クラスター</translation>
    </message>
    <message>
        <source>Groups of people who share an interest, and the tags and keywords they follow. Content-driven work finds them through these.</source>
        <translation>関心を共有する人々のグループと、その人たちが追うタグやキーワードです。コンテンツ起点の施策はこれらを通じて人々に届きます。</translation>
    </message>
    <message>
        <source>The plan&apos;s stages in time. The follower milestone is the following you expect when a phase starts: as it grows, the recommended mix moves toward the account.</source>
        <translation>プランの時間的な段階です。フォロワー目標は、フェーズの開始時点で見込むフォロワー数です。これが増えるにつれ、推奨される配分はアカウント寄りに移ります。</translation>
    </message>
    <message>
        <source>The work of the plan. The account share says how much of an activity reaches people through the account and its followers rather than through the content itself.</source>
        <translation>プランの施策です。アカウント比率は、施策のうちコンテンツそのものではなく、アカウントとそのフォロワーを通じて人に届く部分の割合を表します。</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>タイムライン(&amp;T)</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>前提</translation>
    </message>
    <message>
        <source>A&amp;ssumptions</source>
        <translation>前提(&amp;S)</translation>
    </message>
</context>
<context>
    <name>PhaseRoom</name>
    <message>
        <source>Move the later phases?</source>
        <translation>後のフェーズを移動しますか?</translation>
    </message>
    <message>
        <source>%1

Move the phases after &apos;%2&apos; later to make room? Their lengths and the gaps between them stay.</source>
        <translation>%1

「%2」の後のフェーズを遅らせて場所を空けますか? 各フェーズの長さと間隔はそのままです。</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <source>Export plan summary</source>
        <translation>プランのサマリーを書き出し</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>書き出せません</translation>
    </message>
    <message>
        <source>Choose a file ending in .pdf, .html, .md, .csv or .json, so MixPlanner knows which format to write.</source>
        <translation>どの形式で書き出すかわかるよう、.pdf、.html、.md、.csv、.json のいずれかで終わるファイル名を選んでください。</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 を書き出しました</translation>
    </message>
    <message>
        <source>Print plan summary</source>
        <translation>プランのサマリーを印刷</translation>
    </message>
    <message>
        <source>Import activities</source>
        <translation>施策の取り込み</translation>
    </message>
    <message>
        <source>Spreadsheets as CSV (*.csv *.txt);;All files (*)</source>
        <translation>CSV 形式の表 (*.csv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>取り込めません</translation>
    </message>
    <message>
        <source>%1 is larger than 32 MB.</source>
        <translation>%1 は 32 MB を超えています。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1、%2 行目: %3</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n activities from %1</source>
        <translation>
            <numerusform>%1 から %n 件の施策を取り込みました</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare with plans</source>
        <translation>比較するプラン</translation>
    </message>
    <message>
        <source>Compare plans</source>
        <translation>プランの比較</translation>
    </message>
    <message>
        <source>Choose at most three plans to compare with the open one.</source>
        <translation>開いているプランと比較するプランは 3 つまで選べます。</translation>
    </message>
    <message>
        <source>%1 (open)</source>
        <translation>%1（開いているプラン）</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>比較できません</translation>
    </message>
    <message>
        <source>%1 could not be read. Problems found:</source>
        <translation>%1 を読み込めませんでした。見つかった問題:</translation>
    </message>
    <message>
        <source>pasted rows</source>
        <translation>貼り付けた行</translation>
    </message>
    <message>
        <source>Cannot paste</source>
        <translation>貼り付けられません</translation>
    </message>
    <message>
        <source>The clipboard holds no rows to paste.</source>
        <translation>クリップボードに貼り付ける行がありません。</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>列 %1</translation>
    </message>
    <message>
        <source>Pasted %1 activities</source>
        <translation>施策を %1 件貼り付けました</translation>
    </message>
</context>
<context>
    <name>PlanCommands</name>
    <message>
        <source>Change %1</source>
        <translation>%1 を変更</translation>
    </message>
    <message>
        <source>Change %1 of &apos;%2&apos;</source>
        <translation>「%2」の%1を変更</translation>
    </message>
</context>
<context>
    <name>PlanField</name>
    <message>
        <source>title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>hourly rate</source>
        <translation>時間単価</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>brand strength</source>
        <translation>ブランド力</translation>
    </message>
    <message>
        <source>awareness</source>
        <translation>認知度</translation>
    </message>
    <message>
        <source>favourability</source>
        <translation>好意度</translation>
    </message>
    <message>
        <source>followers</source>
        <translation>フォロワー数</translation>
    </message>
    <message>
        <source>audience size</source>
        <translation>オーディエンス規模</translation>
    </message>
    <message>
        <source>engagement rate</source>
        <translation>エンゲージメント率</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>secondary purpose</source>
        <translation>副次的な目的</translation>
    </message>
    <message>
        <source>secondary purpose weight</source>
        <translation>副次的な目的の比重</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>size</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>keywords</source>
        <translation>キーワード</translation>
    </message>
    <message>
        <source>start week</source>
        <translation>開始週</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>週数</translation>
    </message>
    <message>
        <source>follower milestone</source>
        <translation>フォロワー目標</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>account share</source>
        <translation>アカウント比率</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>予算</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>工数</translation>
    </message>
    <message>
        <source>phases</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <source>clusters</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>formats</source>
        <translation>フォーマット</translation>
    </message>
    <message>
        <source>influencer</source>
        <translation>インフルエンサー</translation>
    </message>
    <message>
        <source>paid support</source>
        <translation>広告による後押し</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>budget cap</source>
        <translation>予算上限</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>開始日</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>... and %n more (see Details)</source>
        <translation>
            <numerusform>…ほか %n 件（詳細を参照）</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 を作成できません</translation>
    </message>
</context>
<context>
    <name>catalogue</name>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>Friends and pages form a symmetric graph; posts reach mostly people already connected to the page.</source>
        <translation>友達とページが相互のつながりを作り、投稿は主にすでにページとつながっている人に届きます。</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>Follows are one-way and hashtags and recommendations carry posts to strangers with the same interest.</source>
        <translation>フォローは一方向で、ハッシュタグやおすすめが同じ関心を持つ見知らぬ人に投稿を運びます。</translation>
    </message>
    <message>
        <source>X (Twitter)</source>
        <translation>X (Twitter)</translation>
    </message>
    <message>
        <source>Built to spread information: asymmetric follows, reposts and keyword search move content beyond followers.</source>
        <translation>情報を広めるための場です。一方向のフォロー、リポスト、キーワード検索でコンテンツがフォロワーの外へ届きます。</translation>
    </message>
    <message>
        <source>LINE</source>
        <translation>LINE</translation>
    </message>
    <message>
        <source>Official accounts message friends who opted in; there is little discovery by interest.</source>
        <translation>公式アカウントは友だち追加した人にメッセージを送ります。関心による発見はほとんどありません。</translation>
    </message>
    <message>
        <source>mixi</source>
        <translation>mixi</translation>
    </message>
    <message>
        <source>An invitation-born network of people who know each other; communities exist but reach follows ties.</source>
        <translation>招待から生まれた、知り合い同士のネットワークです。コミュニティはありますが、届く範囲はつながりに沿います。</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Connections are mutual and professional; company pages reach mostly their followers and employees&apos; networks.</source>
        <translation>つながりは相互でビジネス向けです。企業ページは主にフォロワーと従業員のネットワークに届きます。</translation>
    </message>
    <message>
        <source>Pinterest</source>
        <translation>Pinterest</translation>
    </message>
    <message>
        <source>People browse boards by topic and search; who posted a pin matters far less than what it shows.</source>
        <translation>人はボードを話題や検索で見て回ります。誰がピンしたかより、何が写っているかが大切です。</translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <source>The feed is chosen by interest signals, so an unknown account&apos;s video can reach millions.</source>
        <translation>フィードは関心のシグナルで選ばれるため、無名のアカウントの動画でも数百万人に届くことがあります。</translation>
    </message>
    <message>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <source>Search and recommendations drive most views; subscribers add a loyal base on top.</source>
        <translation>再生の多くは検索とおすすめから生まれ、チャンネル登録者が安定した土台を加えます。</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>One-way follows with a recommended feed; accounts carried over from Instagram give existing brands a start.</source>
        <translation>一方向のフォローとおすすめフィードがあります。Instagram から引き継いだアカウントが既存ブランドの出発点になります。</translation>
    </message>
    <message>
        <source>Blog / owned media</source>
        <translation>ブログ / オウンドメディア</translation>
    </message>
    <message>
        <source>Readers arrive through search keywords and shared links; there is no follower graph to speak of.</source>
        <translation>読者は検索キーワードや共有されたリンクから来ます。フォロワーのつながりと呼べるものはほとんどありません。</translation>
    </message>
    <message>
        <source>Forum / community site</source>
        <translation>掲示板 / コミュニティサイト</translation>
    </message>
    <message>
        <source>Topic boards gather people by interest; a known member&apos;s voice carries some weight.</source>
        <translation>話題別の板が関心で人を集めます。よく知られたメンバーの声にはいくらか重みがあります。</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Unknown platform: assume neither approach has an edge.</source>
        <translation>不明なプラットフォームです。どちらの施策にも優位はないとみなします。</translation>
    </message>
    <message>
        <source>Account posts</source>
        <translation>アカウント投稿</translation>
    </message>
    <message>
        <source>Regular posts are seen mostly by people who already follow the account.</source>
        <translation>定期的な投稿を見るのは、主にすでにアカウントをフォローしている人です。</translation>
    </message>
    <message>
        <source>Follower campaign</source>
        <translation>フォロワー獲得キャンペーン</translation>
    </message>
    <message>
        <source>Follow-and-win and similar campaigns exist to grow the account itself.</source>
        <translation>フォロー＆プレゼントなどのキャンペーンは、アカウントそのものを育てるためのものです。</translation>
    </message>
    <message>
        <source>Community management</source>
        <translation>コミュニティ運営</translation>
    </message>
    <message>
        <source>Replies, comments and moderation happen between the account and its community.</source>
        <translation>返信、コメント、モデレーションはアカウントとそのコミュニティの間で行われます。</translation>
    </message>
    <message>
        <source>Influencer collaboration</source>
        <translation>インフルエンサー協業</translation>
    </message>
    <message>
        <source>Borrows another account&apos;s followers; the content matters, but the reach comes from a graph.</source>
        <translation>他のアカウントのフォロワーを借ります。コンテンツも大切ですが、リーチはつながりから生まれます。</translation>
    </message>
    <message>
        <source>Messaging broadcast</source>
        <translation>メッセージ配信</translation>
    </message>
    <message>
        <source>Messages go only to people who added the account.</source>
        <translation>メッセージはアカウントを追加した人にだけ届きます。</translation>
    </message>
    <message>
        <source>Live event</source>
        <translation>ライブ配信</translation>
    </message>
    <message>
        <source>Followers are notified, but a good live moment is also clipped and shared by interest.</source>
        <translation>フォロワーに通知が届きますが、良い場面は切り抜かれて関心を通じても広がります。</translation>
    </message>
    <message>
        <source>Content series</source>
        <translation>連載コンテンツ</translation>
    </message>
    <message>
        <source>A series built on a topic people love travels on its own merit.</source>
        <translation>人が好きな話題に基づく連載は、その中身の力で広がります。</translation>
    </message>
    <message>
        <source>Hashtag campaign</source>
        <translation>ハッシュタグキャンペーン</translation>
    </message>
    <message>
        <source>Tags place content in interest clusters regardless of who posted it.</source>
        <translation>タグは、誰が投稿したかに関係なくコンテンツを興味関心クラスターに届けます。</translation>
    </message>
    <message>
        <source>Short video</source>
        <translation>ショート動画</translation>
    </message>
    <message>
        <source>Short-video feeds are chosen by interest signals more than by follows.</source>
        <translation>ショート動画のフィードは、フォローよりも関心のシグナルで選ばれます。</translation>
    </message>
    <message>
        <source>User-generated content campaign</source>
        <translation>ユーザー投稿（UGC）キャンペーン</translation>
    </message>
    <message>
        <source>Customers&apos; posts spread through their own networks and tags; the brand account only kicks it off.</source>
        <translation>お客様の投稿は本人のつながりとタグで広がります。ブランドのアカウントはきっかけを作るだけです。</translation>
    </message>
    <message>
        <source>Search keyword content</source>
        <translation>検索キーワード向けコンテンツ</translation>
    </message>
    <message>
        <source>Found by keywords in search, almost never through an account.</source>
        <translation>検索のキーワードで見つけられ、アカウント経由で届くことはほとんどありません。</translation>
    </message>
    <message>
        <source>Paid ads</source>
        <translation>広告</translation>
    </message>
    <message>
        <source>Ads can target followers and lookalikes or interests alike; start neutral.</source>
        <translation>広告はフォロワーや類似オーディエンスにも、関心にも向けられます。中立から始めます。</translation>
    </message>
    <message>
        <source>Unknown kind of work: start neutral and let the marketer set the share.</source>
        <translation>不明な種類の施策です。中立から始め、比率はマーケターが決めます。</translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation>認知拡大</translation>
    </message>
    <message>
        <source>Being seen by new people is what interest-driven distribution does best; a strong brand&apos;s account also reaches far.</source>
        <translation>新しい人に見てもらうことは、関心による拡散が最も得意とするところです。強いブランドのアカウントも遠くまで届きます。</translation>
    </message>
    <message>
        <source>Product launch</source>
        <translation>新商品の発売</translation>
    </message>
    <message>
        <source>A launch needs both news value in content and the brand&apos;s own voice; which leads depends on the brand.</source>
        <translation>発売にはコンテンツのニュース性とブランド自身の声の両方が必要です。どちらが先に立つかはブランド次第です。</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>エンゲージメント</translation>
    </message>
    <message>
        <source>Conversation needs an account people talk to, but topics that invite replies are content work.</source>
        <translation>会話には話しかける相手となるアカウントが必要ですが、返信を誘う話題づくりはコンテンツの仕事です。</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>ロイヤルティ</translation>
    </message>
    <message>
        <source>Existing customers are reached through the account and community; content plays a supporting part.</source>
        <translation>既存のお客様にはアカウントとコミュニティを通じて届きます。コンテンツは脇役です。</translation>
    </message>
    <message>
        <source>Customer support</source>
        <translation>カスタマーサポート</translation>
    </message>
    <message>
        <source>Support happens in direct exchanges with an account; social media is one support desk among several.</source>
        <translation>サポートはアカウントとの直接のやり取りで行われます。ソーシャルメディアはいくつかある窓口の一つです。</translation>
    </message>
    <message>
        <source>Direct sales</source>
        <translation>直接販売</translation>
    </message>
    <message>
        <source>Social posts rarely close sales by themselves; shops, search and ads convert better.</source>
        <translation>ソーシャルの投稿だけで販売が決まることはまれです。ショップ、検索、広告のほうが購入につながります。</translation>
    </message>
    <message>
        <source>Recruiting</source>
        <translation>採用</translation>
    </message>
    <message>
        <source>Employer brand content finds candidates by interest; a known employer&apos;s account draws them directly.</source>
        <translation>採用ブランディングのコンテンツは関心で候補者を見つけます。知られた企業のアカウントは候補者を直接引き寄せます。</translation>
    </message>
    <message>
        <source>B2B lead generation</source>
        <translation>法人向けリード獲得</translation>
    </message>
    <message>
        <source>Business buyers decide through search, events, referrals and sales teams; social media plays a small part.</source>
        <translation>法人の購買担当者は検索、展示会、紹介、営業を通じて決めます。ソーシャルメディアの役割は小さいものです。</translation>
    </message>
    <message>
        <source>Reputation recovery</source>
        <translation>評判の回復</translation>
    </message>
    <message>
        <source>Trust is rebuilt by actions and earned media first; social accounts can answer, but cannot repair alone.</source>
        <translation>信頼はまず行動と第三者の報道で取り戻すものです。ソーシャルのアカウントは答えることはできても、単独では修復できません。</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>Account-driven share per phase: planned against recommended</source>
        <translation>フェーズごとのアカウント起点の比率：計画と推奨</translation>
    </message>
    <message>
        <source>Account-driven share per phase</source>
        <translation>フェーズごとのアカウント起点の比率</translation>
    </message>
    <message>
        <source>Tolerance band</source>
        <translation>許容幅</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>推奨</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>Projected followers and people reached per week</source>
        <translation>週ごとの予測フォロワー数とリーチ</translation>
    </message>
    <message>
        <source>Followers and weekly reach</source>
        <translation>フォロワー数と週間リーチ</translation>
    </message>
    <message>
        <source>People reached in the week (left scale)</source>
        <translation>その週に届いた人数（左の目盛り）</translation>
    </message>
    <message>
        <source>Followers (right scale)</source>
        <translation>フォロワー数（右の目盛り）</translation>
    </message>
    <message>
        <source>Score components, each out of 100</source>
        <translation>スコアの内訳（各 100 点満点）</translation>
    </message>
    <message>
        <source>Cost by phase</source>
        <translation>フェーズ別の費用</translation>
    </message>
    <message>
        <source>Cost by channel</source>
        <translation>チャネル別の費用</translation>
    </message>
    <message>
        <source>Cost by phase: budgets and team hours&apos; cost</source>
        <translation>フェーズ別の費用: 予算とチームの工数費用</translation>
    </message>
    <message>
        <source>Cost by channel: budgets and team hours&apos; cost</source>
        <translation>チャネル別の費用: 予算とチームの工数費用</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>予算</translation>
    </message>
    <message>
        <source>Team hours&apos; cost</source>
        <translation>チームの工数費用</translation>
    </message>
</context>
<context>
    <name>compare</name>
    <message>
        <source>Phase %1 planned/rec.</source>
        <translation>フェーズ %1 計画/推奨</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>プラン</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Brand strength</source>
        <translation>ブランド力</translation>
    </message>
    <message>
        <source>Suitability</source>
        <translation>適性</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>Account share</source>
        <translation>アカウント比率</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>指摘</translation>
    </message>
    <message>
        <source>Followers start -&gt; end</source>
        <translation>フォロワー数 開始 -&gt; 終了</translation>
    </message>
    <message>
        <source>Projected reach</source>
        <translation>予測リーチ</translation>
    </message>
    <message>
        <source>Projected engagements</source>
        <translation>予測エンゲージメント</translation>
    </message>
    <message>
        <source>Plans compared</source>
        <translation>プランの比較</translation>
    </message>
</context>
<context>
    <name>components</name>
    <message>
        <source>Mix fit</source>
        <translation>配分の適合</translation>
    </message>
    <message>
        <source>Trajectory</source>
        <translation>配分の推移</translation>
    </message>
    <message>
        <source>Channel fit</source>
        <translation>チャネル適合</translation>
    </message>
    <message>
        <source>Content readiness</source>
        <translation>コンテンツの準備</translation>
    </message>
    <message>
        <source>Account readiness</source>
        <translation>アカウントの準備</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation>認知度</translation>
    </message>
    <message>
        <source>Favourability</source>
        <translation>好意度</translation>
    </message>
    <message>
        <source>Follower reach</source>
        <translation>フォロワーの広がり</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>エンゲージメント</translation>
    </message>
    <message>
        <source>social</source>
        <translation>ソーシャル</translation>
    </message>
    <message>
        <source>interest</source>
        <translation>興味</translation>
    </message>
    <message>
        <source>search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>混合</translation>
    </message>
</context>
<context>
    <name>csv</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>施策</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Account share (%)</source>
        <translation>アカウント比率 (%)</translation>
    </message>
    <message>
        <source>Budget (%1)</source>
        <translation>予算 (%1)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>工数</translation>
    </message>
    <message>
        <source>Cost (%1)</source>
        <translation>費用 (%1)</translation>
    </message>
    <message>
        <source>Account-driven cost (%1)</source>
        <translation>アカウント起点の費用 (%1)</translation>
    </message>
    <message>
        <source>Content-driven cost (%1)</source>
        <translation>コンテンツ起点の費用 (%1)</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>フォーマット</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>インフルエンサー</translation>
    </message>
    <message>
        <source>Paid support</source>
        <translation>広告による後押し</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>First week</source>
        <translation>最初の週</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>最後の週</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>終了日</translation>
    </message>
</context>
<context>
    <name>edits</name>
    <message>
        <source>The plan already runs to week %1; there is no room for another phase.</source>
        <translation>プランはすでに第 %1 週まであり、フェーズを追加する余地がありません。</translation>
    </message>
    <message>
        <source>Add a channel first: every activity runs on one of the plan&apos;s channels.</source>
        <translation>先にチャネルを追加してください。施策はどれもプランのチャネルのいずれかで実施されます。</translation>
    </message>
    <message>
        <source>There is no room after the last phase for a copy of &apos;%1&apos;.</source>
        <translation>最後のフェーズの後に「%1」のコピーを置く余地がありません。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is used by an activity. Move it to another channel or delete it first.</source>
        <translation>「%1」は 1 件の施策で使われています。施策を別のチャネルに移すか、先に削除してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is used by %2 activities. Move them to another channel or delete them first.</source>
        <translation>「%1」は %2 件の施策で使われています。施策を別のチャネルに移すか、先に削除してください。</translation>
    </message>
    <message>
        <source>moving the later phases %1 weeks later would end &quot;%2&quot; in week %3, after the plan&apos;s last week, %4</source>
        <translation>後のフェーズを %1 週遅らせると、&quot;%2&quot; が第 %3 週に終わり、プランの最終週（第 %4 週）を超えます</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>cannot keep a backup of %1: %2</source>
        <translation>%1 のバックアップを残せません: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of a file to write</source>
        <translation>%1 はフォルダーです。書き込むファイルの名前を指定してください</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, pipe or socket); it is not written over. Give the name of a file, or - for standard output</source>
        <translation>%1 は通常のファイルではありません(デバイス、パイプ、ソケット)。上書きしません。ファイルの名前か、標準出力なら - を指定してください</translation>
    </message>
    <message>
        <source>%1 is the plan being read; it is not written over. Give another output file</source>
        <translation>%1 は読み込んでいるプランです。上書きしません。別の出力ファイルを指定してください</translation>
    </message>
    <message>
        <source>%1 is read-only; it is not written over</source>
        <translation>%1 は読み取り専用です。上書きしません</translation>
    </message>
    <message>
        <source>%1 is on a read-only file system; it is not written over</source>
        <translation>%1 は読み取り専用のファイルシステム上にあります。上書きしません</translation>
    </message>
    <message>
        <source>%1 is marked immutable or append-only; it is not written over</source>
        <translation>%1 には変更不可または追記のみの属性があります。上書きしません</translation>
    </message>
    <message>
        <source>%1 is a plan of format version %2, written by a newer MixPlanner; this version reads up to %3 and does not replace it</source>
        <translation>%1 は新しい MixPlanner で書かれた形式バージョン %2 のプランです。このバージョンが読めるのは %3 までなので、置き換えません</translation>
    </message>
    <message>
        <source>cannot replace %1: %2</source>
        <translation>%1 を置き換えられません: %2</translation>
    </message>
    <message>
        <source>saved, but the previous version could not be kept as %1: %2</source>
        <translation>保存しましたが、前のバージョンを %1 として残せませんでした: %2</translation>
    </message>
    <message>
        <source>cannot write %1, because no file can be created in its folder: %2</source>
        <translation>%1 に書き込めません。そのフォルダーにファイルを作成できないためです: %2</translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message>
        <source>Move about %1 of &apos;%2&apos; from account-driven to content-driven work (short videos, hashtag campaigns, content series aimed at interest clusters), or lower the account share of its activities, to bring it near %3 (anything from %4-%5 fits).</source>
        <translation>「%2」の費用のうち約 %1 をアカウント起点からコンテンツ起点の施策（ショート動画、ハッシュタグキャンペーン、興味関心クラスターに向けた連載など）に移すか、施策のアカウント比率を下げて、%3 前後（%4〜%5 なら適合）に近づけてください。</translation>
    </message>
    <message>
        <source>In %1 %2 of the cost goes to account-driven work, but the brand&apos;s power there is only %3 of 100: few people know or follow the account, so its posts reach little. Content that finds interest clusters would reach further.</source>
        <translation>%1 では費用の %2 がアカウント起点の施策に使われていますが、そこでのブランド力は 100 のうち %3 しかありません。アカウントを知る人やフォローする人が少ないため、投稿はあまり届きません。興味関心クラスターに届くコンテンツのほうが遠くまで届きます。</translation>
    </message>
    <message>
        <source>In %1 %2 of the cost is account-driven; for a brand with power %3 and this purpose the model recommends %4 (%5-%6).</source>
        <translation>%1 では費用の %2 がアカウント起点です。ブランド力 %3 でこの目的の場合、モデルの推奨は %4（%5〜%6）です。</translation>
    </message>
    <message>
        <source>Move about %1 of &apos;%2&apos; toward account-driven work (account posts, community care, follower campaigns, influencers), or raise the account share of its activities, to bring it near %3 (anything from %4-%5 fits).</source>
        <translation>「%2」の費用のうち約 %1 をアカウント起点の施策（アカウント投稿、コミュニティ対応、フォロワー獲得キャンペーン、インフルエンサー）に移すか、施策のアカウント比率を上げて、%3 前後（%4〜%5 なら適合）に近づけてください。</translation>
    </message>
    <message>
        <source>In %1 only %2 of the cost is account-driven, though the brand&apos;s power there is %3 of 100: people already listen to its account, so even ordinary posts from it would land.</source>
        <translation>%1 ではアカウント起点の費用が %2 だけですが、そこでのブランド力は 100 のうち %3 あります。すでに多くの人がアカウントに耳を傾けているので、普段の投稿でも届きます。</translation>
    </message>
    <message>
        <source>In %1 only %2 of the cost is account-driven; for a brand with power %3 and this purpose the model recommends %4 (%5-%6).</source>
        <translation>%1 ではアカウント起点の費用が %2 だけです。ブランド力 %3 でこの目的の場合、モデルの推奨は %4（%5〜%6）です。</translation>
    </message>
    <message>
        <source>%1 has no activities, so it has no mix at all.</source>
        <translation>%1 には施策がないため、配分がまったくありません。</translation>
    </message>
    <message>
        <source>%1 has activities but no budget or hours, so it has no mix at all.</source>
        <translation>%1 には施策がありますが予算も工数もないため、配分がまったくありません。</translation>
    </message>
    <message>
        <source>Add the work planned for these weeks, or remove the phase if the plan does not need it.</source>
        <translation>この期間に予定している施策を追加してください。プランに不要ならフェーズを削除してください。</translation>
    </message>
    <message>
        <source>Give its activities a budget or hours, so the plan says what these weeks cost.</source>
        <translation>施策に予算か工数を入れて、この期間にかかる費用をプランに示してください。</translation>
    </message>
    <message>
        <source>From &apos;%1&apos; to &apos;%2&apos; the account share falls from %3 to %4, but the brand&apos;s power calls for it to rise (recommended %5 then %6).</source>
        <translation>「%1」から「%2」にかけてアカウント比率が %3 から %4 に下がっていますが、ブランド力からは上げるべきです（推奨は %5、次に %6）。</translation>
    </message>
    <message>
        <source>From &apos;%1&apos; to &apos;%2&apos; the account share rises from %3 to %4, but the brand&apos;s power calls for it to fall (recommended %5 then %6).</source>
        <translation>「%1」から「%2」にかけてアカウント比率が %3 から %4 に上がっていますが、ブランド力からは下げるべきです（推奨は %5、次に %6）。</translation>
    </message>
    <message>
        <source>Lead with content while the brand is little known and shift toward the account as followers grow: aim for a change of about %1 instead of %2.</source>
        <translation>ブランドがあまり知られていないうちはコンテンツを先に立て、フォロワーが増えるにつれてアカウントへ移してください。変化は %2 ではなく約 %1 を目安にしてください。</translation>
    </message>
    <message>
        <source>Shift back toward content as the account&apos;s pull weakens: aim for a change of about %1 instead of %2.</source>
        <translation>アカウントの引きが弱まるのに合わせて、コンテンツへ戻してください。変化は %2 ではなく約 %1 を目安にしてください。</translation>
    </message>
    <message>
        <source>From &apos;%1&apos; to &apos;%2&apos; the account share changes by %3; the recommendation changes by %4.</source>
        <translation>「%1」から「%2」にかけてアカウント比率は %3 変わりますが、推奨の変化は %4 です。</translation>
    </message>
    <message>
        <source>Make the shift gentler: aim for a change of about %1 instead of %2.</source>
        <translation>移行をゆるやかにしてください。変化は %2 ではなく約 %1 を目安にしてください。</translation>
    </message>
    <message>
        <source>Make the shift steeper: aim for a change of about %1 instead of %2.</source>
        <translation>移行をもっと急にしてください。変化は %2 ではなく約 %1 を目安にしてください。</translation>
    </message>
    <message>
        <source>an interest-graph platform</source>
        <translation>興味グラフのプラットフォーム</translation>
    </message>
    <message>
        <source>a social-graph platform</source>
        <translation>ソーシャルグラフのプラットフォーム</translation>
    </message>
    <message>
        <source>a search-graph platform</source>
        <translation>検索型のプラットフォーム</translation>
    </message>
    <message>
        <source>a mixed-graph platform</source>
        <translation>グラフの性質が混在するプラットフォーム</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2 account-driven on %3, %4. There content travels by interest more than through followers, so account-driven work reaches fewer people than content would.</source>
        <translation>「%1」は %3（%4）で %2 がアカウント起点です。そこではコンテンツがフォロワーよりも関心を通じて広がるため、アカウント起点の施策はコンテンツよりも少ない人にしか届きません。</translation>
    </message>
    <message>
        <source>Lower its account share and make the content stand on its own (tags, topics the cluster loves), or run it on a social-graph platform such as Facebook, LINE or LinkedIn.</source>
        <translation>アカウント比率を下げ、コンテンツ単体で伝わるようにしてください（タグ、クラスターが好む話題）。または Facebook、LINE、LinkedIn などのソーシャルグラフのプラットフォームで実施してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2 account-driven on %3, %4. There posts reach mostly people already connected to the account, so content-driven work finds few new people.</source>
        <translation>「%1」は %3（%4）で %2 がアカウント起点です。そこでは投稿が主にすでにアカウントとつながっている人に届くため、コンテンツ起点の施策では新しい人にほとんど出会えません。</translation>
    </message>
    <message>
        <source>Run this content on an interest-graph platform such as Instagram, TikTok, X or YouTube, or make it account-driven (a message or post for existing friends of the account).</source>
        <translation>このコンテンツは Instagram、TikTok、X、YouTube などの興味グラフのプラットフォームで実施するか、アカウント起点の施策（アカウントの既存の友だちに向けたメッセージや投稿）にしてください。</translation>
    </message>
    <message>
        <source>1 activity fits its platform somewhat less well than the other approach would.</source>
        <translation>1 件の施策が、もう一方の施策ほどにはプラットフォームに合っていません。</translation>
    </message>
    <message>
        <source>%1 activities fit their platforms somewhat less well than the other approach would.</source>
        <translation>%1 件の施策が、もう一方の施策ほどにはプラットフォームに合っていません。</translation>
    </message>
    <message>
        <source>Nothing urgent: a little more content on interest-graph platforms, or more account work on social-graph ones, would recover these points.</source>
        <translation>急ぎではありません。興味グラフのプラットフォームでコンテンツを少し増やすか、ソーシャルグラフのプラットフォームでアカウントの施策を増やせば、この点数を取り戻せます。</translation>
    </message>
    <message>
        <source>no interest cluster</source>
        <translation>興味関心クラスター</translation>
    </message>
    <message>
        <source>no tags or keywords</source>
        <translation>タグやキーワード</translation>
    </message>
    <message>
        <source>no format</source>
        <translation>フォーマット</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2 content-driven but names %3, so nothing steers its content to the people it is for.</source>
        <translation>「%1」は %2 がコンテンツ起点ですが、%3 が指定されていないため、届けたい人にコンテンツを導くものがありません。</translation>
    </message>
    <message>
        <source>Link it to the clusters it is for, add the tags or keywords those people follow, and choose a format.</source>
        <translation>対象のクラスターを結び付け、その人たちが追うタグやキーワードを加え、フォーマットを選んでください。</translation>
    </message>
    <message>
        <source>relies on influencers, whose audience is borrowed</source>
        <translation>インフルエンサー頼みで、その聞き手は借りものです</translation>
    </message>
    <message>
        <source>runs on &apos;%1&apos;, where the brand has no account</source>
        <translation>ブランドがアカウントを持たない「%1」で実施されます</translation>
    </message>
    <message>
        <source>runs on &apos;%1&apos;, which has only %2 followers</source>
        <translation>フォロワーが %2 人しかいない「%1」で実施されます</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2 account-driven but %3: account-driven work needs an audience to reach.</source>
        <translation>「%1」は %2 がアカウント起点ですが、%3。アカウント起点の施策には届ける相手となる聞き手が必要です。</translation>
    </message>
    <message>
        <source>Grow the account with content first and schedule this work for a later phase, or work with influencers who already have the audience.</source>
        <translation>まずコンテンツでアカウントを育て、この施策は後のフェーズに回すか、すでに聞き手を持つインフルエンサーと組んでください。</translation>
    </message>
    <message>
        <source>info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>error</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>&apos;%1&apos;</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>this purpose</source>
        <translation>この目的</translation>
    </message>
    <message>
        <source>Social media serves %1 poorly (suitability %2). %3 MixPlanner does not recommend leading with social media here; the score is capped at %4.</source>
        <translation>ソーシャルメディアは %1 にあまり向いていません（適性 %2）。%3 MixPlanner はここでソーシャルメディアを主役にすることをおすすめしません。スコアの上限は %4 です。</translation>
    </message>
    <message>
        <source>Put the main effort into channels that serve this purpose better (search, events, sales, partners) and keep social media in a supporting role, or plan social media for a purpose it serves well, such as awareness or engagement.</source>
        <translation>この目的により向いたチャネル（検索、展示会、営業、パートナー）に主な力を注ぎ、ソーシャルメディアは脇役にしてください。または、認知拡大やエンゲージメントなど、ソーシャルメディアが得意な目的でプランを立ててください。</translation>
    </message>
    <message>
        <source>Social media serves %1 only in part (suitability %2), so even a well-balanced plan scores at most %3.</source>
        <translation>ソーシャルメディアは %1 に一部しか向いていません（適性 %2）。そのため、配分が整ったプランでもスコアは最大 %3 です。</translation>
    </message>
    <message>
        <source>Measure this plan on what social media does well for the purpose, and plan other channels alongside it.</source>
        <translation>このプランは、ソーシャルメディアがこの目的で得意なことを基準に評価し、ほかのチャネルも並行して計画してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is in no phase, so its cost (%2) is left out of the mix and the score.</source>
        <translation>「%1」はどのフェーズにも属していないため、その費用（%2）は配分とスコアの計算から外れています。</translation>
    </message>
    <message>
        <source>Assign it to the phases it runs in.</source>
        <translation>実施するフェーズに割り当ててください。</translation>
    </message>
    <message>
        <source>The plan has no activities yet, so there is no mix to judge.</source>
        <translation>プランにはまだ施策がないため、評価する配分がありません。</translation>
    </message>
    <message>
        <source>No activity in the plan&apos;s phases has a budget or hours, so there is no mix to judge.</source>
        <translation>プランのフェーズ内の施策に予算も工数もないため、評価する配分がありません。</translation>
    </message>
    <message>
        <source>Add activities with a budget or hours and assign them to phases.</source>
        <translation>予算か工数のある施策を追加し、フェーズに割り当ててください。</translation>
    </message>
    <message>
        <source>%1 more activities have the same problem as those above; together they cost %2 points.</source>
        <translation>ほかに %1 件の施策が上と同じ問題を抱えており、合わせて %2 点の減点です。</translation>
    </message>
    <message>
        <source>The same change helps each of them; the findings above show what to do, largest first.</source>
        <translation>それぞれに同じ変更が効きます。何をすべきかは、減点の大きい順に上の指摘が示しています。</translation>
    </message>
    <message>
        <source>%1 more activities are in no phase; with those above, %2 of cost is left out of the mix and the score.</source>
        <translation>ほかに %1 件の施策がどのフェーズにも属していません。上の施策と合わせて、費用 %2 が配分とスコアの計算から外れています。</translation>
    </message>
    <message>
        <source>Assign them to the phases they run in.</source>
        <translation>実施するフェーズに割り当ててください。</translation>
    </message>
    <message>
        <source>The brand&apos;s audience size is blank, so its following cannot be judged against it: brand strength rests on awareness, favourability and engagement alone.</source>
        <translation>ブランドのオーディエンス規模が空欄のため、フォロワー数をそれと比べて評価できません。ブランド力は認知度、好意度、エンゲージメントだけで決まります。</translation>
    </message>
    <message>
        <source>Enter the number of people the brand could reach (the market or target group), so the following counts.</source>
        <translation>ブランドが届きうる人数(市場やターゲット層の規模)を入力すると、フォロワー数も評価に入ります。</translation>
    </message>
    <message>
        <source>%1 spends %2 a week, less than %3 of the plan&apos;s average of %4, so its mix counts only in part.</source>
        <translation>%1 の支出は週 %2 で、プラン平均 %4 の %3 に届かないため、その配分は一部しか評価されません。</translation>
    </message>
    <message>
        <source>Give these weeks the work they need, or shorten the phase or remove it if the plan does not need it.</source>
        <translation>この期間に必要な施策を入れるか、プランに不要ならフェーズを短くするか削除してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (%2) is set to %3 account-driven; work of this type is usually about %4. The mix and the score rest on this number.</source>
        <translation>「%1」(%2)はアカウント起点 %3 に設定されていますが、この種類の施策は通常 %4 程度です。配分とスコアはこの数値に左右されます。</translation>
    </message>
    <message>
        <source>Keep it if the work really reaches people that way; otherwise set the share to what the work does, or change its type.</source>
        <translation>施策が実際にそのように人に届くならそのままにしてください。そうでなければ、実態に合わせて比率を直すか、種類を変えてください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; aims at %2 followers, but the plan grows about %3 by its end. The recommendation rests on the projected following, not on the milestone.</source>
        <translation>「%1」はフォロワー%2人を目標にしていますが、この計画で終了時までに増えるのは約%3人です。推奨はマイルストーンではなく、予測されるフォロワー数に基づいています。</translation>
    </message>
    <message>
        <source>Lower the milestone to what the plan can grow, or add content-driven work in earlier phases, which is what brings new followers.</source>
        <translation>マイルストーンを計画で届く数まで下げるか、新しいフォロワーを連れてくるコンテンツ型の施策を前のフェーズに加えてください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (%2)</source>
        <translation>「%1」（%2）</translation>
    </message>
    <message>
        <source>The plan commits %1 (budgets %2, team hours %3), %4 more than its budget cap of %5.</source>
        <translation>プランの費用は %1（予算 %2、チームの工数 %3）で、予算上限 %5 を %4 上回っています。</translation>
    </message>
    <message>
        <source>Take %1 out of budgets or hours, starting where the findings above say the money does least, or raise the cap if more money is agreed.</source>
        <translation>上の指摘で効果が小さいとされた所から予算か工数を %1 減らすか、追加の予算が認められたなら上限を上げてください。</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>the activity has no name</source>
        <translation>施策に名前がありません</translation>
    </message>
    <message>
        <source>there is no channel &apos;%1&apos; in this plan</source>
        <translation>このプランにチャネル「%1」はありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an activity type</source>
        <translation>「%1」は施策の種類ではありません</translation>
    </message>
    <message>
        <source>there is no phase &apos;%1&apos; in this plan</source>
        <translation>このプランにフェーズ「%1」はありません</translation>
    </message>
    <message>
        <source>there is no cluster &apos;%1&apos; in this plan</source>
        <translation>このプランにクラスター「%1」はありません</translation>
    </message>
    <message>
        <source>the cell is empty</source>
        <translation>セルが空です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>「%1」は数値ではありません</translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3</source>
        <translation>%1 は %2〜%3 の範囲外です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither yes nor no</source>
        <translation>「%1」は「はい」でも「いいえ」でもありません</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Activity name</source>
        <translation>施策名</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Account share (%)</source>
        <translation>アカウント比率 (%)</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>予算</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>工数</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>Tags and keywords</source>
        <translation>タグとキーワード</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>フォーマット</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>インフルエンサー</translation>
    </message>
    <message>
        <source>Paid support</source>
        <translation>広告による後押し</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>no column is chosen for %1</source>
        <translation>%1 に対応する列が選ばれていません</translation>
    </message>
    <message>
        <source>is not UTF-8 text; save the spreadsheet as &quot;CSV UTF-8&quot;</source>
        <translation>UTF-8 のテキストではありません。表計算ソフトで「CSV UTF-8」として保存してください</translation>
    </message>
    <message>
        <source>has more than %1 rows</source>
        <translation>%1 行を超えています</translation>
    </message>
    <message>
        <source>has a quote that is never closed</source>
        <translation>閉じられていない引用符があります</translation>
    </message>
    <message>
        <source>is empty: the first row must name the columns</source>
        <translation>空です。1 行目には列の名前が必要です</translation>
    </message>
    <message>
        <source>has %1 cells in a row under a header of %2 columns</source>
        <translation>%2 列の見出しに対して %1 個のセルがある行があります</translation>
    </message>
</context>
<context>
    <name>list</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source> and </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>loader</name>
    <message>
        <source>a catalogue</source>
        <translation>カタログ</translation>
    </message>
    <message>
        <source>catalogue version 1</source>
        <translation>カタログ形式のバージョン 1</translation>
    </message>
    <message>
        <source>an entry</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>a share between 0 and 1</source>
        <translation>0〜1 の割合</translation>
    </message>
    <message>
        <source>a weight between 0 and 10</source>
        <translation>0〜10 の重み</translation>
    </message>
    <message>
        <source>line %1, column %2: </source>
        <translation>%1 行 %2 列: </translation>
    </message>
    <message>
        <source>(document root)</source>
        <translation>（文書全体）</translation>
    </message>
    <message>
        <source>binary values are not JSON</source>
        <translation>バイナリ値は JSON ではありません</translation>
    </message>
    <message>
        <source>text longer than %1 bytes</source>
        <translation>%1 バイトを超えるテキストです</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in the same object</source>
        <translation>同じオブジェクトにキー &quot;%1&quot; が 2 回あります</translation>
    </message>
    <message>
        <source>an object with more than %1 members</source>
        <translation>%1 個を超えるメンバーを持つオブジェクトです</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>正しい JSON ではありません: %1</translation>
    </message>
    <message>
        <source>values nested deeper than %1 levels</source>
        <translation>%1 段を超えて入れ子になった値です</translation>
    </message>
    <message>
        <source>a list with more than %1 items</source>
        <translation>%1 項目を超えるリストです</translation>
    </message>
    <message>
        <source>the file is empty; a plan is a JSON object</source>
        <translation>ファイルが空です。プランは JSON オブジェクトです</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB, the most MixPlanner reads</source>
        <translation>ファイルが %1 MiB を超えています。MixPlanner が読めるのはここまでです</translation>
    </message>
    <message>
        <source>could not read the document: %1</source>
        <translation>文書を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>正しい JSON ではありません</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>真偽値</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>is missing; it is required here</source>
        <translation>がありません。ここでは必須です</translation>
    </message>
    <message>
        <source>must be %1, got %2</source>
        <translation>は %1 である必要がありますが、%2 でした</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>は空にできません</translation>
    </message>
    <message>
        <source>an id (text)</source>
        <translation>ID（テキスト）</translation>
    </message>
    <message>
        <source>is longer than %1 bytes; ids are short names</source>
        <translation>が %1 バイトを超えています。ID は短い名前です</translation>
    </message>
    <message>
        <source>must be %1 (%2 to %3), got %4</source>
        <translation>は %1（%2〜%3）である必要がありますが、%4 でした</translation>
    </message>
    <message>
        <source>%1 or null</source>
        <translation>%1 または null</translation>
    </message>
    <message>
        <source>must be a whole number, got %1</source>
        <translation>は整数である必要がありますが、%1 でした</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <source>has %1 items; at most %2 are allowed</source>
        <translation>に %1 項目あります。許されるのは %2 項目までです</translation>
    </message>
    <message>
        <source>must be %1 (an object), got %2</source>
        <translation>は %1（オブジェクト）である必要がありますが、%2 でした</translation>
    </message>
    <message>
        <source>a percentage between 0 and 100</source>
        <translation>0〜100 のパーセント値</translation>
    </message>
    <message>
        <source>a non-negative amount of money</source>
        <translation>0 以上の金額</translation>
    </message>
    <message>
        <source>a non-negative whole number of people</source>
        <translation>0 以上の人数（整数）</translation>
    </message>
    <message>
        <source>a week number</source>
        <translation>週番号</translation>
    </message>
    <message>
        <source>a number of weeks</source>
        <translation>週数</translation>
    </message>
    <message>
        <source>a non-negative number of hours</source>
        <translation>0 以上の時間数</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;; %2 already uses it, and ids in %3 must be unique</source>
        <translation>ID &quot;%1&quot; が重複しています。%2 がすでに使っており、%3 の ID は一意である必要があります</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>a MixPlanner plan</source>
        <translation>MixPlanner のプラン</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;; the member is missing, so this is not a MixPlanner plan</source>
        <translation>は &quot;%1&quot; である必要がありますが、項目がありません。MixPlanner のプランではありません</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;; got %2, so this is not a MixPlanner plan</source>
        <translation>は &quot;%1&quot; である必要がありますが、%2 でした。MixPlanner のプランではありません</translation>
    </message>
    <message>
        <source>must be the whole number of the plan format version, got nothing</source>
        <translation>はプラン形式のバージョン番号（整数）である必要がありますが、ありませんでした</translation>
    </message>
    <message>
        <source>must be the whole number of the plan format version, got %1</source>
        <translation>はプラン形式のバージョン番号（整数）である必要がありますが、%1 でした</translation>
    </message>
    <message>
        <source>the file uses plan format version %1, but this MixPlanner reads versions up to %2; open it with a newer MixPlanner so nothing in it is lost</source>
        <translation>このファイルはプラン形式バージョン %1 ですが、この MixPlanner が読めるのはバージョン %2 までです。内容を失わないよう、新しい MixPlanner で開いてください</translation>
    </message>
    <message>
        <source>must be 1 or higher, got %1</source>
        <translation>は 1 以上である必要がありますが、%1 でした</translation>
    </message>
    <message>
        <source>a parameter or a group of parameters</source>
        <translation>パラメーターまたはパラメーターのグループ</translation>
    </message>
    <message>
        <source>a parameters file</source>
        <translation>パラメーターファイル</translation>
    </message>
    <message>
        <source>parameters version 1</source>
        <translation>パラメーター形式のバージョン 1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>text holds the character U+0000 (\u0000), which MixPlanner does not accept</source>
        <translation>テキストに MixPlanner が受け付けない文字 U+0000 (\u0000) が含まれています</translation>
    </message>
    <message>
        <source>not valid JSON: a NUL byte (binary data) where text was expected</source>
        <translation>JSON として正しくありません: テキストがあるべき所に NUL バイト(バイナリデータ)があります</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <source>activity type</source>
        <translation>施策の種類</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>must be a three-letter currency code such as JPY or USD, got %1</source>
        <translation>は JPY や USD のような 3 文字の通貨コードである必要がありますが、%1 でした</translation>
    </message>
    <message>
        <source>refers to %1 %2, which the plan does not have</source>
        <translation>は%1 %2 を参照していますが、プランにありません</translation>
    </message>
    <message>
        <source>must be one of %1, got %2</source>
        <translation>は %1 のいずれかである必要がありますが、%2 でした</translation>
    </message>
    <message>
        <source>lists %1 %2 twice</source>
        <translation>に%1 %2 が 2 回あります</translation>
    </message>
    <message>
        <source>starts in week %1, but the phase before it, %2, runs until week %3; phases must be in order and must not overlap</source>
        <translation>は第 %1 週ですが、前のフェーズ %2 は第 %3 週まで続きます。フェーズは順番に並び、重なってはいけません</translation>
    </message>
    <message>
        <source>ends in week %1; a plan may span at most %2 weeks</source>
        <translation>では終了が第 %1 週になります。プランの期間は最長 %2 週です</translation>
    </message>
    <message>
        <source>would run into %1, which starts in week %2; move or shorten %1 first</source>
        <translation>では第 %2 週に始まる %1 と重なります。先に %1 を移動するか短くしてください</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>a date written as YYYY-MM-DD</source>
        <translation>YYYY-MM-DD 形式の日付</translation>
    </message>
    <message>
        <source>must be a date written as YYYY-MM-DD, such as 2027-03-01, got %1</source>
        <translation>は 2027-03-01 のような YYYY-MM-DD 形式の日付である必要がありますが、%1 でした</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plan the account-driven and content-driven mix of a social media campaign.</source>
        <translation>ソーシャルメディアキャンペーンのアカウント起点とコンテンツ起点の配分を計画します。</translation>
    </message>
    <message>
        <source>Plan to open (.mixplan).</source>
        <translation>開くプラン (.mixplan)。</translation>
    </message>
</context>
<context>
    <name>mixplanner::ui::ActivitiesModel</name>
    <message>
        <source>Activity</source>
        <translation>施策</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Account share</source>
        <translation>アカウント比率</translation>
    </message>
    <message>
        <source>How much of this work reaches people through the account and its followers (100%) rather than through the content itself (0%)</source>
        <translation>この施策のうち、アカウントとそのフォロワーを通じて届く部分（100%）と、コンテンツそのものの力で届く部分（0%）の割合</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>予算</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>工数</translation>
    </message>
    <message>
        <source>Team hours, costed at the hourly rate</source>
        <translation>チームの作業時間。時間単価で費用に換算します</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>Budget plus hours at the hourly rate</source>
        <translation>予算と、工数に時間単価を掛けた額の合計</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>Interest clusters this work aims at</source>
        <translation>この施策が狙う興味関心クラスター</translation>
    </message>
    <message>
        <source>Tags and keywords</source>
        <translation>タグとキーワード</translation>
    </message>
    <message>
        <source>Comma-separated tags or keywords that carry the content to its clusters</source>
        <translation>コンテンツをクラスターに届けるタグやキーワード（カンマ区切り）</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>フォーマット</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>インフルエンサー</translation>
    </message>
    <message>
        <source>Reaches people through influencers&apos; accounts</source>
        <translation>インフルエンサーのアカウントを通じて人に届きます</translation>
    </message>
    <message>
        <source>Paid support</source>
        <translation>広告による後押し</translation>
    </message>
    <message>
        <source>Ads support this work</source>
        <translation>広告がこの施策を後押しします</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>週</translation>
    </message>
    <message>
        <source>The weeks of its phases, with their dates when the plan has a start date</source>
        <translation>属するフェーズの週。プランに開始日があれば日付も示します</translation>
    </message>
    <message>
        <source>Total: 1 activity</source>
        <translation>合計: 施策 1 件</translation>
    </message>
    <message>
        <source>Total: %1 activities</source>
        <translation>合計: 施策 %1 件</translation>
    </message>
</context>
<context>
    <name>mixplanner::ui::AssumptionsPage</name>
    <message>
        <source>Brand power</source>
        <translation>ブランド力</translation>
    </message>
    <message>
        <source>Recommended mix</source>
        <translation>推奨配分</translation>
    </message>
    <message>
        <source>Score weights</source>
        <translation>スコアの重み</translation>
    </message>
    <message>
        <source>Mix fit</source>
        <translation>配分の適合</translation>
    </message>
    <message>
        <source>Trajectory</source>
        <translation>配分の推移</translation>
    </message>
    <message>
        <source>Channel fit</source>
        <translation>チャネル適合</translation>
    </message>
    <message>
        <source>Content readiness</source>
        <translation>コンテンツの準備</translation>
    </message>
    <message>
        <source>Account share</source>
        <translation>アカウント比率</translation>
    </message>
    <message>
        <source>Account readiness</source>
        <translation>アカウントの準備</translation>
    </message>
    <message>
        <source>Follower milestones</source>
        <translation>フォロワーの節目</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>指摘</translation>
    </message>
    <message>
        <source>Purpose suitability</source>
        <translation>目的への適性</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>予測</translation>
    </message>
    <message>
        <source>Engagement by platform</source>
        <translation>プラットフォーム別エンゲージメント</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>すべて表示(&amp;A)</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>前提</translation>
    </message>
    <message>
        <source>Every number the score, the projection and the suggestion rest on, with why it has that value. &quot;Prior&quot; marks a number set by judgement where no published source gives it; the others name their source. They are read here, not changed: they live in the model&apos;s parameters file.</source>
        <translation>スコア、予測、提案のもとになるすべての数値と、その値である理由です。「事前値(出典なし)」は公開された出典がなく判断で決めた数値を示し、それ以外は出典を挙げています。ここでは読むだけで変更はできません。数値はモデルのパラメーターファイルにあります。</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>検索(&amp;S):</translation>
    </message>
    <message>
        <source>Search the assumptions</source>
        <translation>前提を検索</translation>
    </message>
    <message>
        <source>A word from a group, name or reason</source>
        <translation>グループ、名前、理由に含まれる語</translation>
    </message>
    <message>
        <source>The numbers behind the finding: %1</source>
        <translation>この指摘のもとになる数値: %1</translation>
    </message>
    <message>
        <source>%1 numbers</source>
        <translation>%1 件の数値</translation>
    </message>
    <message>
        <source>%1 of %2 numbers</source>
        <translation>%2 件中 %1 件の数値</translation>
    </message>
</context>
<context>
    <name>mixplanner::ui::BrandPurposePage</name>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation>認知度</translation>
    </message>
    <message>
        <source>Favourability</source>
        <translation>好意度</translation>
    </message>
    <message>
        <source>Follower reach</source>
        <translation>フォロワーの広がり</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>エンゲージメント</translation>
    </message>
    <message>
        <source>Set brand strength &amp;directly:</source>
        <translation>ブランド力を直接設定(&amp;D):</translation>
    </message>
    <message>
        <source>Brand strength set directly</source>
        <translation>直接設定したブランド力</translation>
    </message>
    <message>
        <source>&amp;Awareness:</source>
        <translation>認知度(&amp;A):</translation>
    </message>
    <message>
        <source>Favou&amp;rability:</source>
        <translation>好意度(&amp;R):</translation>
    </message>
    <message>
        <source>F&amp;ollowers (all accounts):</source>
        <translation>フォロワー数（全アカウント）(&amp;O):</translation>
    </message>
    <message>
        <source>A&amp;udience size:</source>
        <translation>オーディエンス規模(&amp;U):</translation>
    </message>
    <message>
        <source>Engagement ra&amp;te:</source>
        <translation>エンゲージメント率(&amp;T):</translation>
    </message>
    <message>
        <source>Share of the target audience who know the brand</source>
        <translation>ターゲット層のうちブランドを知っている人の割合</translation>
    </message>
    <message>
        <source>Share of those who like it</source>
        <translation>そのうちブランドに好意を持つ人の割合</translation>
    </message>
    <message>
        <source>People in the target audience</source>
        <translation>ターゲット層の人数</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>要素</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>比重</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>点数</translation>
    </message>
    <message>
        <source>Brand strength breakdown</source>
        <translation>ブランド力の内訳</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>ブランド</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>目的(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Secondary purpose:</source>
        <translation>副次的な目的(&amp;S):</translation>
    </message>
    <message>
        <source>Secondary &amp;weight:</source>
        <translation>副次的な目的の比重(&amp;W):</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>&lt;b&gt;Brand strength %1 of 100&lt;/b&gt;, set directly. The figures above would give:</source>
        <translation>&lt;b&gt;ブランド力 %1&lt;/b&gt;（100 点満点、直接設定）。上の数値から求めると:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Brand strength %1 of 100&lt;/b&gt;, from:</source>
        <translation>&lt;b&gt;ブランド力 %1&lt;/b&gt;（100 点満点）の内訳:</translation>
    </message>
    <message>
        <source>%1: %2 followers</source>
        <translation>%1: フォロワー %2 人</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Social media suits this purpose %1.</source>
        <translation>この目的に対するソーシャルメディアの適性は %1 です。</translation>
    </message>
    <message>
        <source>The score is capped at %1.</source>
        <translation>スコアの上限は %1 です。</translation>
    </message>
    <message>
        <source>Brand and purpose</source>
        <translation>ブランドと目的</translation>
    </message>
</context>
<context>
    <name>mixplanner::ui::ChannelsModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>The account or outlet, e.g. @brand</source>
        <translation>アカウントや媒体（例: @brand）</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <source>Social graph: ties between people who know each other. Interest graph: content spreads by interest.</source>
        <translation>ソーシャルグラフ: 知り合い同士のつながり。興味グラフ: 関心によってコンテンツが広がる。</translation>
    </message>
    <message>
        <source>Has account</source>
        <translation>アカウントあり</translation>
    </message>
    <message>
        <source>Whether the brand has its own account on this channel</source>
        <translation>このチャネルにブランド自身のアカウントがあるか</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>フォロワー数</translation>
    </message>
    <message>
        <source>Followers of this account</source>
        <translation>このアカウントのフォロワー数</translation>
    </message>
    <message>
        <source>social</source>
        <translation>ソーシャル</translation>
    </message>
    <message>
        <source>interest</source>
        <translation>興味</translation>
    </message>
    <message>
        <source>search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>混合</translation>
    </message>
</context>
<context>
    <name>mixplanner::ui::ChartPanel</name>
    <message>
        <source>%1, as a table</source>
        <translation>%1（表）</translation>
    </message>
    <message>
        <source>Show numbers</source>
        <translation>数値を表示</translation>
    </message>
    <message>
        <source>Show the chart&apos;s numbers as a table</source>
        <translation>グラフの数値を表で表示します</translation>
    </message>
    <message>
        <source>Show the numbers of %1 as a table</source>
        <translation>%1 の数値を表で表示</translation>
    </message>
    <message>
        <source>Show chart</source>
        <translation>グラフを表示</translation>
    </message>
</context>
<context>
    <name>mixplanner::ui::ClustersModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Estimated number of people in the cluster</source>
        <translation>クラスターに含まれる推定人数</translation>
    </message>
    <message>
        <source>Keywords and tags</source>
        <translation>キーワードとタグ</translation>
    </message>
    <message>
        <source>Comma-separated tags and keywords this cluster follows or searches</source>
        <translation>このクラスターが追ったり検索したりするタグやキーワード（カンマ区切り）</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>施策</translation>
    </message>
    <message>
        <source>Activities aimed at this cluster</source>
        <translation>このクラスターを狙う施策</translation>
    </message>
</context>
<context>
    <name>mixplanner::ui::CompareDialog</name>
    <message>
        <source>Compare plans</source>
        <translation>プランの比較</translation>
    </message>
    <message>
        <source>Plans compared side by side</source>
        <translation>プランの並列比較</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>書き出し(&amp;E)...</translation>
    </message>
    <message>
        <source>Scores, mixes and projections of the plans, side by side.</source>
        <translation>プランのスコア、配分、予測を並べて表示します。</translation>
    </message>
    <message>
        <source>Choose a file ending in .html or .md.</source>
        <translation>.html または .md で終わるファイル名を選んでください。</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>比較の書き出し</translation>
    </message>
    <message>
        <source>plans-compared.html</source>
        <translation>plans-compared.html</translation>
    </message>
    <message>
        <source>Web page (*.html);;Markdown (*.md)</source>
        <translation>Web ページ (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>書き出せません</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>書き出していません: %1</translation>
    </message>
</context>
<context>
    <name>mixplanner::ui::CostChart</name>
    <message>
        <source>Budgets</source>
        <translation>予算</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>工数</translation>
    </message>
    <message>
        <source>Hours&apos; cost</source>
        <translation>工数の費用</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Nothing costed yet</source>
        <translation>費用のある施策はまだありません</translation>
    </message>
    <message>
        <source>Team hours&apos; cost</source>
        <translation>チームの工数費用</translation>
    </message>
</context>
<context>
    <name>mixplanner::ui::DocumentManager</name>
    <message>
        <source>Cannot open plan</source>
        <translation>プランを開けません</translation>
    </message>
    <message>
        <source>%1 could not be opened. The plan you have open is unchanged.

Problems found (JSON pointer: what is wrong):</source>
        <translation>%1 を開けませんでした。開いているプランは変更されていません。

見つかった問題（JSON ポインター: 内容）:</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 を開きました</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>プランを開く</translation>
    </message>
    <message>
        <source>Read-only plan</source>
        <translation>読み取り専用のプラン</translation>
    </message>
    <message>
        <source>%1 is read-only, so MixPlanner will not write over it. Choose another name.</source>
        <translation>%1 は読み取り専用のため、MixPlanner は上書きしません。別の名前を選んでください。</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>ディスク上のファイルが変更されました</translation>
    </message>
    <message>
        <source>%1 was changed or removed by another program since you opened it. Write your version over it? No saves your version under another name instead.</source>
        <translation>%1 は開いた後に別のプログラムによって変更または削除されました。あなたの版で上書きしますか？「いいえ」を選ぶと別の名前で保存します。</translation>
    </message>
    <message>
        <source>Cannot save plan</source>
        <translation>プランを保存できません</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>Saved without a backup</source>
        <translation>バックアップなしで保存しました</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>Save plan as</source>
        <translation>名前を付けてプランを保存</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has changes that are not saved. Save them first?</source>
        <translation>「%1」には保存されていない変更があります。先に保存しますか？</translation>
    </message>
    <message>
        <source>%1 was changed by another program. Reload it?</source>
        <translation>%1 は別のプログラムによって変更されました。読み込み直しますか？</translation>
    </message>
    <message>
        <source>%1 was changed or removed by another program. Your changes are still open; when you save, MixPlanner will ask before writing over it.</source>
        <translation>%1 は別のプログラムによって変更または削除されました。あなたの変更は開いたままです。保存するときに、上書きしてよいか確認します。</translation>
    </message>
</context>
<context>
    <name>mixplanner::ui::FilterBar</name>
    <message>
        <source>F&amp;ind:</source>
        <translation>検索(&amp;I):</translation>
    </message>
    <message>
        <source>Text in any column</source>
        <translation>いずれかの列の文字</translation>
    </message>
    <message>
        <source>Find in the table</source>
        <translation>表の中を検索</translation>
    </message>
    <message>
        <source>Show only the rows with this text in a column (Ctrl+F)</source>
        <translation>この文字を含む行だけを表示 (Ctrl+F)</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>%1で絞り込む</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>すべて表示</translation>
    </message>
    <message>
        <source>Show every row, in the plan&apos;s order</source>
        <translation>すべての行をプランの順に表示</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 of %2 rows shown</source>
        <translation>%2 行中 %1 行を表示</translation>
    </message>
</context>
<context>
    <name>mixplanner::ui::GuideDialog</name>
    <message>
        <source>MixPlanner Guide</source>
        <translation>MixPlanner ガイド</translation>
    </message>
    <message>
        <source>en</source>
        <comment>language code of the guide to show</comment>
        <translation>ja</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>ガイド</translation>
    </message>
</context>
<context>
    <name>mixplanner::ui::ImportDialog</name>
    <message>
        <source>Import activities from %1</source>
        <translation>%1 から施策を取り込む</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（取り込まない）</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1（必須）:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Activities to import</source>
        <translation>取り込む施策</translation>
    </message>
    <message>
        <source>Problems, by row</source>
        <translation>行ごとの問題</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>取り込む(&amp;I)</translation>
    </message>
    <message>
        <source>Activities to import:</source>
        <translation>取り込む施策:</translation>
    </message>
    <message>
        <source>&amp;Problems (these rows are left out):</source>
        <translation>問題（これらの行は取り込みません）(&amp;P):</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>施策</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Account share</source>
        <translation>アカウント比率</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>予算</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>工数</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>Row %1, column &apos;%2&apos;: %3</source>
        <translation>%1 行目、列「%2」: %3</translation>
    </message>
    <message>
        <source>Choose a column for every required field.</source>
        <translation>必須の項目すべてに列を選んでください。</translation>
    </message>
    <message>
        <source>%1 of %2 rows can be imported as new activities. Nothing changes in the plan until you press Import; it is one step you can undo.</source>
        <translation>%2 行のうち %1 行を新しい施策として取り込めます。「取り込む」を押すまでプランは変わりません。取り込みは一回で元に戻せます。</translation>
    </message>
</context>
<context>
    <name>mixplanner::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Blank plan</source>
        <translation>空のプラン(&amp;B)</translation>
    </message>
    <message>
        <source>The &amp;sample plan</source>
        <translation>サンプルプラン(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>開く(&amp;O)...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>名前を付けて保存(&amp;A)...</translation>
    </message>
    <message>
        <source>Co&amp;mpare Plans...</source>
        <translation>プランを比較(&amp;M)...</translation>
    </message>
    <message>
        <source>&amp;Export Summary...</source>
        <translation>サマリーを書き出し(&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Print Summary...</source>
        <translation>サマリーを印刷(&amp;P)...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About MixPlanner</source>
        <translation>MixPlanner について(&amp;A)</translation>
    </message>
    <message>
        <source>About MixPlanner</source>
        <translation>MixPlanner について</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>, read-only</source>
        <translation>、読み取り専用</translation>
    </message>
    <message>
        <source>%1 (%2%3)[*] - MixPlanner</source>
        <translation>%1（%2%3）[*] - MixPlanner</translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation>無題のプラン</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>設定(&amp;P)...</translation>
    </message>
    <message>
        <source>MixPlanner &amp;Guide</source>
        <translation>MixPlanner ガイド(&amp;G)</translation>
    </message>
    <message>
        <source>&lt;b&gt;MixPlanner %1&lt;/b&gt;&lt;p&gt;Plans the balance of account-driven and content-driven social media work for a brand and purpose, explains every point of its score and suggests what to change.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;b&gt;MixPlanner %1&lt;/b&gt;&lt;p&gt;ブランドと目的に合わせて、ソーシャルメディアのアカウント起点とコンテンツ起点の施策の配分を計画し、スコアの減点をすべて説明し、何を変えればよいかを提案します。&lt;/p&gt;&lt;p&gt;Qt %2 で作られています。GNU 一般公衆利用許諾書バージョン 3 以降の下で提供されます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Import Activities from CSV...</source>
        <translation>CSV から施策を取り込む(&amp;I)...</translation>
    </message>
    <message>
        <source>Recovery copy problem</source>
        <translation>復元用コピーの問題</translation>
    </message>
    <message>
        <source>Recovery copy not written: %1</source>
        <translation>復元用コピーを書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>Start &amp;Page</source>
        <translation>スタートページ(&amp;P)</translation>
    </message>
</context>
<context>
    <name>mixplanner::ui::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>ℹ %1</source>
        <translation>ℹ %1</translation>
    </message>
</context>
<context>
    <name>mixplanner::ui::MixChart</name>
    <message>
        <source>Account-driven share per phase</source>
        <translation>フェーズごとのアカウント起点の比率</translation>
    </message>
    <message>
        <source>Chart of planned and recommended account share per phase</source>
        <translation>フェーズごとの計画と推奨のアカウント比率のグラフ</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>推奨</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>%1: planned %2, recommended %3 (%4 to %5)</source>
        <translation>%1: 計画 %2、推奨 %3（%4〜%5）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Tolerance band</source>
        <translation>許容幅</translation>
    </message>
    <message>
        <source>Account-driven</source>
        <translation>アカウント起点</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1〜%2</translation>
    </message>
    <message>
        <source>The plan has no phases yet.</source>
        <translation>プランにはまだフェーズがありません。</translation>
    </message>
</context>
<context>
    <name>mixplanner::ui::OverviewPage</name>
    <message>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>担当者(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>通貨(&amp;C):</translation>
    </message>
    <message>
        <source>Hourly &amp;rate:</source>
        <translation>時間単価(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>メモ(&amp;N):</translation>
    </message>
    <message>
        <source>What an hour of the team&apos;s time costs; activity hours are costed at this rate.</source>
        <translation>チームの 1 時間あたりの費用です。施策の工数はこの単価で費用に換算されます。</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>The first day of week 1. With it, weeks are shown as dates everywhere.</source>
        <translation>第 1 週の初日です。設定すると、週がどこでも日付で表示されます。</translation>
    </message>
    <message>
        <source>Cap at</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>The most the plan may cost, budgets and team hours together.</source>
        <translation>プランにかけられる費用の上限です（予算とチームの工数の合計）。</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>開始日(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Budget cap:</source>
        <translation>予算上限(&amp;B):</translation>
    </message>
    <message>
        <source>Chart of cost by phase</source>
        <translation>フェーズ別の費用のグラフ</translation>
    </message>
    <message>
        <source>Chart of cost by channel</source>
        <translation>チャネル別の費用のグラフ</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>Cost by phase</source>
        <translation>フェーズ別の費用</translation>
    </message>
    <message>
        <source>Cost by channel</source>
        <translation>チャネル別の費用</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1（%2〜%3）</translation>
    </message>
    <message>
        <source>Weeks: %1   Phases: %2   Activities: %3   Channels: %4   Clusters: %5</source>
        <translation>週数: %1   フェーズ: %2   施策: %3   チャネル: %4   クラスター: %5</translation>
    </message>
    <message>
        <source>In no phase</source>
        <translation>どのフェーズにもない施策</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Budget cap</source>
        <translation>予算上限</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>mixplanner::ui::PageStack</name>
    <message>
        <source>Plan outline</source>
        <translation>プランの構成</translation>
    </message>
</context>
<context>
    <name>mixplanner::ui::PhasesModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Start week</source>
        <translation>開始週</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>週数</translation>
    </message>
    <message>
        <source>End week</source>
        <translation>終了週</translation>
    </message>
    <message>
        <source>Follower milestone</source>
        <translation>フォロワー目標</translation>
    </message>
    <message>
        <source>The brand&apos;s whole following expected when the phase starts</source>
        <translation>フェーズ開始時に見込むブランド全体のフォロワー数</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>Budget plus hours at the hourly rate of the activities in this phase</source>
        <translation>このフェーズの施策の予算と、工数に時間単価を掛けた額の合計</translation>
    </message>
    <message>
        <source>Account share</source>
        <translation>アカウント比率</translation>
    </message>
    <message>
        <source>Planned share of the cost that goes to account-driven work</source>
        <translation>費用のうちアカウント起点の施策に充てる計画の割合</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>推奨</translation>
    </message>
    <message>
        <source>Recommended account share and tolerance band for the brand&apos;s power in this phase</source>
        <translation>このフェーズのブランド力に対して推奨されるアカウント比率と許容幅</translation>
    </message>
    <message>
        <source>no costed work</source>
        <translation>費用のある施策なし</translation>
    </message>
    <message>
        <source>%1 (%2-%3)</source>
        <translation>%1（%2〜%3）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>mixplanner::ui::PlanDocument</name>
    <message>
        <source>channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>施策</translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation>無題のプラン</translation>
    </message>
    <message>
        <source>Change type of &apos;%1&apos;</source>
        <translation>「%1」の種類を変更</translation>
    </message>
    <message>
        <source>New channel</source>
        <translation>新しいチャネル</translation>
    </message>
    <message>
        <source>New cluster</source>
        <translation>新しいクラスター</translation>
    </message>
    <message>
        <source>New phase</source>
        <translation>新しいフェーズ</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>新しい施策</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1を追加</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（コピー）</translation>
    </message>
    <message>
        <source>Duplicate %1 &apos;%2&apos;</source>
        <translation>%1「%2」を複製</translation>
    </message>
    <message>
        <source>Delete %1 &apos;%2&apos;</source>
        <translation>%1「%2」を削除</translation>
    </message>
    <message>
        <source>Phases are ordered by their weeks; change the start weeks to reorder them.</source>
        <translation>フェーズは週の順に並びます。並べ替えるには開始週を変更してください。</translation>
    </message>
    <message>
        <source>Move %1 &apos;%2&apos;</source>
        <translation>%1「%2」を移動</translation>
    </message>
    <message numerus="yes">
        <source>Import %n activities from %1</source>
        <translation>
            <numerusform>%1 から %n 件の施策を取り込み</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan is not saved: %1. The file on disk and its backup are unchanged, and your changes are still open; Save As can put them elsewhere.</source>
        <translation>プランは保存されていません: %1。ディスク上のファイルとそのバックアップは変わっておらず、変更は開いたままです。「名前を付けて保存」で別の場所に保存できます。</translation>
    </message>
    <message>
        <source>Change weeks of &apos;%1&apos; and move the later phases</source>
        <translation>「%1」の週を変更し、後のフェーズを移動</translation>
    </message>
    <message>
        <source>Move &apos;%1&apos;</source>
        <translation>「%1」を移動</translation>
    </message>
    <message>
        <source>Change weeks of &apos;%1&apos;</source>
        <translation>「%1」の週を変更</translation>
    </message>
    <message>
        <source>Move &apos;%1&apos; and the later phases</source>
        <translation>「%1」と後のフェーズを移動</translation>
    </message>
    <message>
        <source>Delete %1 rows</source>
        <translation>%1 行を削除</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Duplicate %1 rows</source>
        <translation>%1 行を複製</translation>
    </message>
    <message>
        <source>Set %1 on %2 rows</source>
        <translation>%2 行の%1を設定</translation>
    </message>
</context>
<context>
    <name>mixplanner::ui::PlanStatus</name>
    <message>
        <source>Account-driven %1</source>
        <translation>アカウント起点 %1</translation>
    </message>
    <message>
        <source>Account-driven -</source>
        <translation>アカウント起点 -</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>スコア %1</translation>
    </message>
</context>
<context>
    <name>mixplanner::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Recovery copy interval in seconds</source>
        <translation>復元用コピーの間隔（秒）</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>A new language applies the next time MixPlanner starts.</source>
        <translation>新しい言語は MixPlanner を次に起動したときに反映されます。</translation>
    </message>
    <message>
        <source>&amp;Recovery copy every:</source>
        <translation>復元用コピーの間隔(&amp;R):</translation>
    </message>
</context>
<context>
    <name>mixplanner::ui::ProjectionPage</name>
    <message>
        <source>Plan</source>
        <translation>プラン</translation>
    </message>
    <message>
        <source>Suggested mix</source>
        <translation>提案の配分</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>週</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>フォロワー数</translation>
    </message>
    <message>
        <source>Chart of followers by week, plan and suggested mix</source>
        <translation>週ごとのフォロワー数のグラフ（プランと提案の配分）</translation>
    </message>
    <message>
        <source>People reached per week</source>
        <translation>週あたりの到達人数</translation>
    </message>
    <message>
        <source>Chart of weekly reach, plan and suggested mix</source>
        <translation>週間リーチのグラフ（プランと提案の配分）</translation>
    </message>
    <message>
        <source>Apply &amp;suggested mix</source>
        <translation>提案の配分を適用(&amp;S)</translation>
    </message>
    <message>
        <source>Apply &amp;unbounded optimum</source>
        <translation>制約なしの最適解を適用(&amp;U)</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>Unbounded</source>
        <translation>制約なし</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Suggested account share per phase</source>
        <translation>フェーズごとの提案アカウント比率</translation>
    </message>
    <message>
        <source>&lt;b&gt;Plan:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Suggested mix:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;プラン:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;提案の配分:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>&lt;br&gt;No exchange-rate prior for %1: amounts were read as US dollars.</source>
        <translation>&lt;br&gt;%1 の為替レートの目安がないため、金額は米ドルとして扱いました。</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>到達人数</translation>
    </message>
    <message>
        <source>Projected value</source>
        <translation>予測価値</translation>
    </message>
    <message>
        <source>at the same cost; score after Apply %1 (suggested) and %2 (unbounded), now %3</source>
        <translation>同じ費用で。適用後のスコアは %1（提案）と %2（制約なし）、現在は %3</translation>
    </message>
    <message>
        <source>Apply unbounded optimum</source>
        <translation>制約なしの最適解を適用</translation>
    </message>
    <message>
        <source>Apply suggested mix</source>
        <translation>提案の配分を適用</translation>
    </message>
    <message>
        <source>Apply changes nothing here: no phase has budgets on both the account-leaning and the content-leaning side to move between. Change account shares by hand.</source>
        <translation>ここでは「適用」で何も変わりません。アカウント寄りとコンテンツ寄りの両方に予算がある施策を持つフェーズがないためです。アカウント比率を手で変更してください。</translation>
    </message>
    <message>
        <source>Projection and suggested mix</source>
        <translation>予測と提案の配分</translation>
    </message>
    <message>
        <source>What the plan might do week by week, from the projection model (docs/projection-model.md), and the account share per phase that projects best at the same cost. Apply rescales activity budgets toward it, keeping each phase&apos;s cost; it is one step you can undo.</source>
        <translation>予測モデル（docs/projection-model.md）による計画の週ごとの見込みと、同じ費用で最もよい予測になるフェーズごとのアカウント比率です。適用すると各フェーズの費用を保ったまま施策の予算をその比率へ調整します。1回の操作として元に戻せます。</translation>
    </message>
    <message>
        <source>followers %1 → %2, %3 people reached (%4 reaches in all weeks: content %5, account %6), engagements %7</source>
        <translation>フォロワー %1 → %2、届いた人 %3 人（全週の延べ到達 %4：コンテンツ %5、アカウント %6）、エンゲージメント %7</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>週の開始日</translation>
    </message>
</context>
<context>
    <name>mixplanner::ui::RecentFilesMenu</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>一覧を消去</translation>
    </message>
</context>
<context>
    <name>mixplanner::ui::RecoveryController</name>
    <message>
        <source>an unsaved plan</source>
        <translation>未保存のプラン</translation>
    </message>
    <message>
        <source>Recover unsaved changes?</source>
        <translation>未保存の変更を復元しますか？</translation>
    </message>
    <message>
        <source>MixPlanner found changes to %1 that were not saved (kept %2). The file was changed by another program since; restoring shows your version, and saving it replaces theirs (keeping it as a .bak). Restore them? Discard removes the recovery copy.</source>
        <translation>%1 に保存されていない変更が見つかりました(%2 に保管)。その後、ファイルは別のプログラムで変更されています。復元するとあなたの版が表示され、保存するとそちらの版を置き換えます(置き換えた版は .bak として残ります)。復元しますか? 破棄すると復元用コピーを削除します。</translation>
    </message>
    <message>
        <source>MixPlanner found changes to %1 that were not saved (kept %2). Restore them? Discard removes the recovery copy.</source>
        <translation>MixPlanner は %1 に対する保存されていない変更を見つけました（%2 に保存）。復元しますか？「破棄」を選ぶと復元用のコピーを削除します。</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>復元できません</translation>
    </message>
    <message>
        <source>The recovery copy could not be read:</source>
        <translation>復元用のコピーを読み込めませんでした:</translation>
    </message>
</context>
<context>
    <name>mixplanner::ui::ScorePanel</name>
    <message>
        <source>Mix fit</source>
        <translation>配分の適合</translation>
    </message>
    <message>
        <source>Trajectory</source>
        <translation>配分の推移</translation>
    </message>
    <message>
        <source>Channel fit</source>
        <translation>チャネル適合</translation>
    </message>
    <message>
        <source>Content readiness</source>
        <translation>コンテンツの準備</translation>
    </message>
    <message>
        <source>Account readiness</source>
        <translation>アカウントの準備</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>指摘</translation>
    </message>
    <message>
        <source>Mix per phase</source>
        <translation>フェーズごとの配分</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>もしも</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to do:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;対応:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Well balanced for this brand and purpose.</source>
        <translation>このブランドと目的に対してよく整った配分です。</translation>
    </message>
    <message>
        <source>Workable; the findings below say what would improve it.</source>
        <translation>実行できる配分です。下の指摘が改善点を示しています。</translation>
    </message>
    <message>
        <source>The mix does not suit this brand or purpose yet; start with the largest finding.</source>
        <translation>配分がまだこのブランドや目的に合っていません。最も大きな指摘から取りかかってください。</translation>
    </message>
    <message>
        <source>Capped at %1 because social media serves this purpose only in part.</source>
        <translation>ソーシャルメディアはこの目的に一部しか向いていないため、上限は %1 です。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注記</translation>
    </message>
    <message>
        <source>−%1 points — %2: %3</source>
        <translation>−%1 点 — %2: %3</translation>
    </message>
    <message>
        <source>Score of 100</source>
        <translation>スコア（100 点満点）</translation>
    </message>
    <message>
        <source>Findings (click one to go to it)</source>
        <translation>指摘（クリックで該当箇所へ移動）</translation>
    </message>
    <message>
        <source>Assu&amp;mptions behind this finding</source>
        <translation>この指摘のもとになる前提(&amp;M)</translation>
    </message>
</context>
<context>
    <name>mixplanner::ui::StartPage</name>
    <message>
        <source>&amp;Create plan</source>
        <translation>プランを作成(&amp;C)</translation>
    </message>
    <message>
        <source>Open &amp;recent plan</source>
        <translation>最近のプランを開く(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Show this page when MixPlanner starts</source>
        <translation>MixPlanner の起動時にこのページを表示する(&amp;S)</translation>
    </message>
    <message>
        <source>Start a plan</source>
        <translation>プランを始める</translation>
    </message>
    <message>
        <source>Draft a campaign&apos;s phases and activities, and MixPlanner scores how they balance account-driven and content-driven work for your brand and purpose.</source>
        <translation>キャンペーンのフェーズと施策を書き出すと、MixPlanner がブランドと目的に対してアカウント起点とコンテンツ起点のバランスを採点します。</translation>
    </message>
    <message>
        <source>&amp;New plan</source>
        <translation>新しいプラン(&amp;N)</translation>
    </message>
    <message>
        <source>New plan from</source>
        <translation>新しいプランのもと</translation>
    </message>
    <message>
        <source>Recent p&amp;lans</source>
        <translation>最近のプラン(&amp;L)</translation>
    </message>
    <message>
        <source>Recent plans</source>
        <translation>最近のプラン</translation>
    </message>
    <message>
        <source>&amp;Open a plan file...</source>
        <translation>プランファイルを開く(&amp;O)...</translation>
    </message>
    <message>
        <source>The sample plan</source>
        <translation>サンプルプラン</translation>
    </message>
    <message>
        <source>A made-up coffee roaster&apos;s spring launch, there to look around in: every page filled in, with findings and a projection. Change anything; it is not saved unless you save it as a plan of your own.</source>
        <translation>架空のコーヒー焙煎所の春の発売キャンペーンです。すべてのページが記入済みで、指摘と予測も見られます。自由に変更できます。自分のプランとして保存しない限り保存されません。</translation>
    </message>
    <message>
        <source>E&amp;xplore the sample plan</source>
        <translation>サンプルプランを見る(&amp;X)</translation>
    </message>
    <message>
        <source>When off, MixPlanner reopens the plan you had open last.</source>
        <translation>オフにすると、最後に開いていたプランを開きます。</translation>
    </message>
    <message>
        <source>Blank plan</source>
        <translation>空のプラン</translation>
    </message>
    <message>
        <source>An empty plan: you name the brand, purpose, channels and phases.</source>
        <translation>空のプランです。ブランド、目的、チャネル、フェーズを自分で決めます。</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No plans opened yet</source>
        <translation>まだ開いたプランはありません</translation>
    </message>
</context>
<context>
    <name>mixplanner::ui::TablePage</name>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>行を追加</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Duplicate the selected row</source>
        <translation>選択した行を複製</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete the selected row</source>
        <translation>選択した行を削除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Move the selected row up</source>
        <translation>選択した行を上へ移動</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <source>Move the selected row down</source>
        <translation>選択した行を下へ移動</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>行をコピー</translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation>行を貼り付け</translation>
    </message>
    <message>
        <source>Add rows copied from a spreadsheet</source>
        <translation>表計算ソフトからコピーした行を追加</translation>
    </message>
    <message>
        <source>Set for selected</source>
        <translation>選択行に設定</translation>
    </message>
    <message>
        <source>Give every selected row the value you enter in the current column</source>
        <translation>現在の列に入力する値を選択したすべての行に設定</translation>
    </message>
    <message>
        <source>Find in the table</source>
        <translation>表の中を検索</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is worked out from the plan; choose a column you can type in.</source>
        <translation>「%1」はプランから計算されます。入力できる列を選んでください。</translation>
    </message>
    <message>
        <source>The value you enter in &apos;%1&apos; goes to all %2 selected rows (one undo step).</source>
        <translation>「%1」に入力する値は選択した %2 行すべてに設定されます(元に戻すは 1 回)。</translation>
    </message>
</context>
<context>
    <name>mixplanner::ui::TimelinePage</name>
    <message>
        <source>Colour scale from content-driven (blue) to account-driven (orange)</source>
        <translation>コンテンツ起点(青)からアカウント起点(オレンジ)までの色の目盛り</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Each phase as a band over its weeks, with the activities that start in it beneath. The colour says how the work reaches people: through content found by interest, or through the account and its followers.</source>
        <translation>各フェーズをその週にわたる帯で、そこで始まる施策をその下に示します。色は施策が人に届く道筋を表します: 興味で見つかるコンテンツか、アカウントとそのフォロワーか。</translation>
    </message>
    <message>
        <source>Content-driven</source>
        <translation>コンテンツ起点</translation>
    </message>
    <message>
        <source>Account-driven</source>
        <translation>アカウント起点</translation>
    </message>
    <message>
        <source>Drag a phase to move it, or an edge to change its weeks. Keys: Up and Down choose; Left and Right move a phase a week; with Shift its end, with Ctrl its start; Enter shows it in its table.</source>
        <translation>フェーズをドラッグすると移動し、端をドラッグすると週が変わります。キー: 上下で選択、左右でフェーズを1週移動、Shift と一緒なら終わり、Ctrl と一緒なら始まりを動かします。Enter で表に表示します。</translation>
    </message>
</context>
<context>
    <name>mixplanner::ui::TimelineView</name>
    <message>
        <source>Timeline of phases and activities</source>
        <translation>フェーズと施策のタイムライン</translation>
    </message>
    <message>
        <source>Phase or activity</source>
        <translation>フェーズまたは施策</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>週</translation>
    </message>
    <message>
        <source>Account share</source>
        <translation>アカウント比率</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>In no phase (not projected)</source>
        <translation>フェーズなし (予測に含まれません)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Activities in no phase: the projection leaves them out</source>
        <translation>フェーズに属さない施策: 予測には含まれません</translation>
    </message>
    <message>
        <source>Phase %1: %2; account share %3; cost %4</source>
        <translation>フェーズ %1: %2、アカウント比率 %3、費用 %4</translation>
    </message>
    <message>
        <source>Activity %1: in no phase; account share %2; cost %3</source>
        <translation>施策 %1: フェーズなし、アカウント比率 %2、費用 %3</translation>
    </message>
    <message>
        <source>Activity %1: %2; account share %3; cost %4</source>
        <translation>施策 %1: %2、アカウント比率 %3、費用 %4</translation>
    </message>
    <message>
        <source>Up and Down go through the phases and activities; Left and Right move a phase a week, with Shift its end, with Ctrl its start.</source>
        <translation>上下でフェーズと施策を移動し、左右でフェーズを1週動かします。Shift と一緒なら終わり、Ctrl と一緒なら始まりを動かします。</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>週の開始日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>週</translation>
    </message>
    <message>
        <source>No phases or activities yet</source>
        <translation>フェーズも施策もまだありません</translation>
    </message>
</context>
<context>
    <name>mixplanner::ui::TotalsRow</name>
    <message>
        <source>Totals</source>
        <translation>合計</translation>
    </message>
</context>
<context>
    <name>mixplanner::ui::WhatIfChart</name>
    <message>
        <source>Chart of the score against brand strength</source>
        <translation>ブランド力に対するスコアのグラフ</translation>
    </message>
    <message>
        <source>Score if the brand were this strong</source>
        <translation>ブランド力がこの値だった場合のスコア</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>Score 70</source>
        <translation>スコア 70</translation>
    </message>
    <message>
        <source>Brand strength</source>
        <translation>ブランド力</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>The plan scores 70 or more at the brand&apos;s strength now (%1).</source>
        <translation>現在のブランド力（%1）で、このプランは 70 点以上になります。</translation>
    </message>
    <message>
        <source>The plan would first score 70 at a brand strength of %1 (now %2).</source>
        <translation>このプランはブランド力が %1 になると初めて 70 点に達します（現在 %2）。</translation>
    </message>
    <message>
        <source>No brand strength lifts this plan to 70: its mix or purpose has to change.</source>
        <translation>ブランド力をどれだけ上げてもこのプランは 70 点に届きません。配分か目的を変える必要があります。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (now)</source>
        <translation>%1（現在）</translation>
    </message>
</context>
<context>
    <name>mixplanner::ui::Workspace</name>
    <message>
        <source>This is the sample plan: a made-up campaign to look around in. Change anything; File &gt; Save As keeps it as a plan of your own, File &gt; New starts yours.</source>
        <translation>これはサンプルプランです: 見て回るための架空のキャンペーンです。自由に変更できます。「ファイル &gt; 名前を付けて保存」で自分のプランとして残せ、「ファイル &gt; 新規」で自分のプランを始められます。</translation>
    </message>
    <message>
        <source>About the sample plan</source>
        <translation>サンプルプランについて</translation>
    </message>
</context>
<context>
    <name>parameterUnits</name>
    <message>
        <source>share of the whole</source>
        <translation>全体に占める割合</translation>
    </message>
    <message>
        <source>share per week</source>
        <translation>週あたりの割合</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>パーセント</translation>
    </message>
    <message>
        <source>brand power (0-100)</source>
        <translation>ブランド力 (0-100)</translation>
    </message>
    <message>
        <source>score (0-100)</source>
        <translation>スコア (0-100)</translation>
    </message>
    <message>
        <source>points</source>
        <translation>点</translation>
    </message>
    <message>
        <source>points per whole share</source>
        <translation>割合 1 あたりの点</translation>
    </message>
    <message>
        <source>times</source>
        <translation>倍</translation>
    </message>
    <message>
        <source>exponent</source>
        <translation>指数</translation>
    </message>
    <message>
        <source>followers</source>
        <translation>フォロワー数</translation>
    </message>
    <message>
        <source>people reached</source>
        <translation>リーチした人数</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>件の指摘</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>units of the currency per US dollar</source>
        <translation>1 米ドルあたりの通貨単位</translation>
    </message>
    <message>
        <source>US dollars</source>
        <translation>米ドル</translation>
    </message>
    <message>
        <source>US dollars per 1,000 views</source>
        <translation>1,000 回表示あたりの米ドル</translation>
    </message>
    <message>
        <source>posts per week</source>
        <translation>週あたりの投稿数</translation>
    </message>
    <message>
        <source>views per follower</source>
        <translation>フォロワー 1 人あたりの表示回数</translation>
    </message>
</context>
<context>
    <name>parameters</name>
    <message>
        <source>Being known is the first half of brand power, but awareness alone does not make people listen.</source>
        <translation>知られていることはブランド力の前半ですが、認知だけでは人は耳を傾けません。</translation>
    </message>
    <message>
        <source>People who like a brand pay attention to whatever its account says; liking counts as much as knowing.</source>
        <translation>ブランドを好む人は、そのアカウントの発信に目を向けます。好意は認知と同じだけ重みを持ちます。</translation>
    </message>
    <message>
        <source>Followers are the channel account-driven work travels through, so they weigh most.</source>
        <translation>フォロワーはアカウント起点の施策が届く経路なので、最も重く数えます。</translation>
    </message>
    <message>
        <source>Engagement shows whether followers respond; it refines the picture more than it defines it.</source>
        <translation>エンゲージメントはフォロワーが反応しているかを示します。全体像を決めるというより、精度を高めるものです。</translation>
    </message>
    <message>
        <source>Below about a hundred followers an account reaches almost no one on its own; the follower score starts here.</source>
        <translation>フォロワーがおよそ 100 人未満のアカウントは、自力ではほとんど誰にも届きません。フォロワーのスコアはここから始まります。</translation>
    </message>
    <message>
        <source>A following of a fifth of the target audience gives an account full reach; beyond that, more followers add little.</source>
        <translation>ターゲット層の 5 分の 1 のフォロワーがいれば、アカウントは十分に届きます。それ以上増えても効果はわずかです。</translation>
    </message>
    <message>
        <source>An engagement rate of 2 % is typical for brand accounts, so it scores half; rates well above it score close to full.</source>
        <translation>ブランドアカウントのエンゲージメント率は 2% が一般的なので、これを半分の点数とします。大きく上回れば満点に近づきます。</translation>
    </message>
    <message>
        <source>Below this brand power an account-heavy mix is the typical mistake of a little-known brand.</source>
        <translation>ブランド力がこれより低いとき、アカウントに偏った配分はあまり知られていないブランドによくある誤りです。</translation>
    </message>
    <message>
        <source>From this brand power, holding back on the account wastes the brand&apos;s strongest asset.</source>
        <translation>ブランド力がこれ以上あるとき、アカウントを控えるとブランド最大の資産を無駄にします。</translation>
    </message>
    <message>
        <source>How far the recommended account share moves, at full brand sensitivity, between an average brand (power 50) and the weakest or strongest one.</source>
        <translation>ブランドの感度が最大のとき、平均的なブランド（ブランド力 50）と最も弱い・強いブランドの間で、推奨アカウント比率がどれだけ動くか。</translation>
    </message>
    <message>
        <source>Even content-led work keeps some account activity (replies, a profile that converts visitors).</source>
        <translation>コンテンツ主導でも、アカウントの活動は少し残します（返信、訪問者をフォロワーに変えるプロフィール）。</translation>
    </message>
    <message>
        <source>Even the strongest brand keeps some content that travels beyond its followers.</source>
        <translation>最も強いブランドでも、フォロワーの外へ届くコンテンツは少し残します。</translation>
    </message>
    <message>
        <source>Plans within 12 points of the recommended share are balanced well enough; the model is not precise beyond that.</source>
        <translation>推奨比率から 12 ポイント以内のプランは十分に釣り合っています。モデルの精度はそれ以上細かくありません。</translation>
    </message>
    <message>
        <source>The balance of account-driven and content-driven work for this brand and purpose is what MixPlanner judges first.</source>
        <translation>このブランドと目的に対するアカウント起点とコンテンツ起点の釣り合いを、MixPlanner は最初に評価します。</translation>
    </message>
    <message>
        <source>Whether the mix shifts as the brand&apos;s power grows decides if a composite strategy works.</source>
        <translation>ブランド力の成長に合わせて配分が移るかどうかが、組み合わせ戦略の成否を決めます。</translation>
    </message>
    <message>
        <source>Each approach can run on any platform, but fits one graph better; a mismatch costs reach, not the plan.</source>
        <translation>どちらの施策もどのプラットフォームでも実施できますが、合うグラフがあります。合わないとリーチは減りますが、プランが崩れるわけではありません。</translation>
    </message>
    <message>
        <source>Content-driven work only finds its clusters when it names them, tags them and has a format.</source>
        <translation>コンテンツ起点の施策は、クラスターを指定し、タグを付け、フォーマットを決めてはじめて届け先を見つけます。</translation>
    </message>
    <message>
        <source>Account-driven work needs an account with followers or borrowed ones (influencers) to reach anyone.</source>
        <translation>アカウント起点の施策が誰かに届くには、フォロワーのいるアカウントか、借りたフォロワー（インフルエンサー）が必要です。</translation>
    </message>
    <message>
        <source>Each point of account share outside the recommended band costs 2.5 points of fit, so 40 points outside means no fit at all.</source>
        <translation>推奨の許容幅から外れたアカウント比率 1 ポイントごとに適合が 2.5 点下がり、40 ポイント外れると適合はゼロになります。</translation>
    </message>
    <message>
        <source>A move of less than 5 points in either direction is noise, not a reversal.</source>
        <translation>どちら向きでも 5 ポイント未満の動きは誤差であり、逆行ではありません。</translation>
    </message>
    <message>
        <source>An activity whose approach fits its platform 25 points worse than the other approach would is worth a separate warning.</source>
        <translation>施策の進め方が、もう一方の進め方より 25 ポイント以上プラットフォームに合っていないときは、個別に警告します。</translation>
    </message>
    <message>
        <source>Knowing which interest cluster the content is for matters most.</source>
        <translation>コンテンツがどの興味関心クラスターに向けたものかを知ることが、最も大切です。</translation>
    </message>
    <message>
        <source>Tags and keywords are how interest-driven platforms route content to that cluster.</source>
        <translation>タグとキーワードは、興味起点のプラットフォームがコンテンツをそのクラスターへ届ける手段です。</translation>
    </message>
    <message>
        <source>A chosen format (video, carousel, article) shows the content is planned, not hoped for.</source>
        <translation>フォーマット（動画、カルーセル、記事）が決まっていることは、コンテンツが期待ではなく計画であることを示します。</translation>
    </message>
    <message>
        <source>An account with fewer followers than this has no audience of its own yet.</source>
        <translation>これよりフォロワーが少ないアカウントには、まだ自前の聞き手がいません。</translation>
    </message>
    <message>
        <source>An account that exists but has almost no followers is half ready: the work will build it, but reach little at first.</source>
        <translation>存在してもフォロワーがほとんどいないアカウントは、半分だけ準備ができています。施策でアカウントは育ちますが、最初はあまり届きません。</translation>
    </message>
    <message>
        <source>Influencer work borrows an audience, so it is ready whatever the brand&apos;s own account.</source>
        <translation>インフルエンサーとの施策は聞き手を借りるので、ブランド自身のアカウントにかかわらず準備ができています。</translation>
    </message>
    <message>
        <source>Purposes social media serves at least this well are not capped.</source>
        <translation>ソーシャルメディアがこれ以上に役立つ目的では、上限を設けません。</translation>
    </message>
    <message>
        <source>Below this, other marketing serves the purpose better and MixPlanner advises against leading with social media.</source>
        <translation>これ未満では、ほかのマーケティングのほうが目的に合い、MixPlanner はソーシャルメディアを主役にしないよう勧めます。</translation>
    </message>
    <message>
        <source>Exchange rate prior (late 2020s average) to put yen budgets on the scale of the spend curves below.</source>
        <translation>円建ての予算を下の費用曲線の尺度に合わせるための為替レートの目安（2020 年代後半の平均）。</translation>
    </message>
    <message>
        <source>Exchange rate prior for euro budgets.</source>
        <translation>ユーロ建て予算の為替レートの目安。</translation>
    </message>
    <message>
        <source>Exchange rate prior for pound budgets.</source>
        <translation>ポンド建て予算の為替レートの目安。</translation>
    </message>
    <message>
        <source>Exchange rate prior for won budgets.</source>
        <translation>ウォン建て予算の為替レートの目安。</translation>
    </message>
    <message>
        <source>Exchange rate prior for New Taiwan dollar budgets.</source>
        <translation>新台湾ドル建て予算の為替レートの目安。</translation>
    </message>
    <message>
        <source>Exchange rate prior for yuan budgets.</source>
        <translation>人民元建て予算の為替レートの目安。</translation>
    </message>
    <message>
        <source>Exchange rate prior for Australian dollar budgets.</source>
        <translation>豪ドル建て予算の為替レートの目安。</translation>
    </message>
    <message>
        <source>Exchange rate prior for Canadian dollar budgets.</source>
        <translation>カナダドル建て予算の為替レートの目安。</translation>
    </message>
    <message>
        <source>When content names no clusters, it competes for the whole audience and finds about 5 % of it at most.</source>
        <translation>クラスターを指定しないコンテンツは、オーディエンス全体を相手に競い、届くのは多くてもその約 5% です。</translation>
    </message>
    <message>
        <source>Content with no clusters, tags or format still reaches 40 % as many people as well-targeted content, by chance.</source>
        <translation>クラスター、タグ、フォーマットのないコンテンツでも、偶然によって、よく狙ったコンテンツの 40% の人数には届きます。</translation>
    </message>
    <message>
        <source>Follower count up to which the small-account reach rate applies.</source>
        <translation>小規模アカウントのリーチ率を適用するフォロワー数の上限。</translation>
    </message>
    <message>
        <source>Follower count from which the large-account reach rate applies; between the two the rate falls on a log scale.</source>
        <translation>大規模アカウントのリーチ率を適用するフォロワー数の下限。その間では率が対数尺度で下がります。</translation>
    </message>
    <message>
        <source>Reach multiplier for a brand nobody likes: its posts are shown and shared less.</source>
        <translation>誰にも好かれていないブランドのリーチ倍率。投稿の表示や共有が少なくなります。</translation>
    </message>
    <message>
        <source>Reach multiplier for a brand everyone likes; linear in between, 1.0 at 50 %.</source>
        <translation>誰からも好かれているブランドのリーチ倍率。その間は直線で、好意度 50% で 1.0 です。</translation>
    </message>
    <message>
        <source>An engagement (like, comment, share, save) is worth as much as reaching 15 people, for weighing outcomes against each other.</source>
        <translation>エンゲージメント 1 件（いいね、コメント、シェア、保存）は、成果を比べる際に 15 人へのリーチと同じ価値とします。</translation>
    </message>
    <message>
        <source>A new follower is worth as much as reaching 40 people: it is reach the brand keeps.</source>
        <translation>新規フォロワー 1 人は 40 人へのリーチと同じ価値とします。ブランドが持ち続けられるリーチだからです。</translation>
    </message>
    <message>
        <source>The bounded suggestion moves each phase&apos;s account share by at most 25 percentage points, a change a team can make without redoing the plan.</source>
        <translation>制約つきの提案は、各フェーズのアカウント比率を最大 25 ポイントまでしか動かしません。プランを作り直さずにチームが変えられる範囲です。</translation>
    </message>
    <message>
        <source>The suggestion maximises projected value times (mix fit x trajectory) squared: a mix the scoring model faults is no suggestion, and squaring makes leaving the band cost more than the projection can gain.</source>
        <translation>提案は予測価値 ×（配分の適合 × 推移）の 2 乗を最大化します。スコアモデルが問題とする配分は提案にならず、2 乗することで許容幅から外れる損失が予測の利得を上回ります。</translation>
    </message>
    <message>
        <source>Account shares are searched in steps of 1 percentage point.</source>
        <translation>アカウント比率は 1 ポイント刻みで探索します。</translation>
    </message>
    <message>
        <source>Prior, no source: a phase counts half by its share of the weeks and half by its share of the money, so neither a one-week blitz with most of the budget nor a long phase with almost none can hide the plan&apos;s real mix.</source>
        <translation>事前値(出典なし): フェーズは週数の割合で半分、予算の割合で半分を占めます。予算の大半を使う 1 週間の集中施策も、ほとんど予算のない長いフェーズも、プランの本当の配分を隠せません。</translation>
    </message>
    <message>
        <source>Prior, no source: a phase spending less per week than a tenth of the plan&apos;s average is barely worked; its fit counts in proportion (none at no spend), so one yen in an empty phase buys no points.</source>
        <translation>事前値(出典なし): 週あたりの支出がプラン平均の 10 分の 1 に満たないフェーズはほとんど動いていないとみなし、適合度はその割合でしか数えません(支出ゼロなら数えません)。空のフェーズに 1 円入れても点は増えません。</translation>
    </message>
    <message>
        <source>The plan&apos;s shifts, added up over all phase changes, may differ from the recommended shifts by 10 points in all before points are lost; counted once for the whole plan, so cutting a phase into several gains nothing.</source>
        <translation>フェーズ間の比率の変化を全体で合計し、推奨の変化との差が合計 10 ポイントまでなら減点しません。プラン全体で一度だけ数えるので、フェーズを分割しても得をしません。</translation>
    </message>
    <message>
        <source>Each point of shift beyond the tolerance, over the whole plan, costs 2.5 points, as for the mix itself.</source>
        <translation>プラン全体で許容幅を超えた変化 1 ポイントごとに、配分そのものと同じく 2.5 点を失います。</translation>
    </message>
    <message>
        <source>Locowise&apos;s February 2015 study of 500 Facebook pages: a post reached on average 11 % of a page&apos;s fans for pages under 10,000 likes (organic reach per post).</source>
        <translation>Locowise による 2015 年 2 月の Facebook ページ 500 件の調査: いいね 1 万未満のページでは、1 投稿が平均でファンの 11 % に届きました(投稿あたりのオーガニックリーチ)。</translation>
    </message>
    <message>
        <source>The same Locowise study: 6 % per post for pages of 10,000 to 99,999 likes; used at the middle of that band (about 31,600 followers), with the rate falling smoothly on a log scale between the bands.</source>
        <translation>同じ Locowise の調査: いいね 1 万〜99,999 のページでは 1 投稿あたり 6 %。この帯の中央(約 31,600 フォロワー)の値として使い、帯の間では対数目盛で滑らかに下がります。</translation>
    </message>
    <message>
        <source>The same Locowise study: 5 % per post for pages of 100,000 likes or more.</source>
        <translation>同じ Locowise の調査: いいね 10 万以上のページでは 1 投稿あたり 5 %。</translation>
    </message>
    <message>
        <source>Prior, no source: an account share 40 points or more from its activity type&apos;s default (account posts typed as 10 % account-driven) is named in a finding, because the mix and the score rest on that number.</source>
        <translation>事前値(出典なし): 施策の種類の既定値から 40 ポイント以上離れたアカウント比率(アカウント起点 10 % と入力されたアカウント投稿など)は指摘で名指しします。配分とスコアがその数値に左右されるためです。</translation>
    </message>
    <message>
        <source>Prior, no source: a phase&apos;s follower milestone more than 1.5 times the following the projection reaches by the phase&apos;s end is named in a finding; the recommendation rests on the projected following, never on the milestone.</source>
        <translation>事前値（出典なし）：フェーズのフォロワーマイルストーンが、そのフェーズ終了時の予測フォロワー数の1.5倍を超えると指摘に挙げます。推奨は予測フォロワー数に基づき、マイルストーンには基づきません。</translation>
    </message>
    <message>
        <source>Prior, no source: platforms rank posts by how people respond to them, so a brand nobody knows or cares about reaches 40 % as many of its followers per post as an average one.</source>
        <translation>事前値（出典なし）：プラットフォームは反応で投稿を並べるため、知られておらず関心も持たれていないブランドは、1投稿で届くフォロワーが平均的なブランドの40 %にとどまります。</translation>
    </message>
    <message>
        <source>Prior, no source: the strongest brands&apos; posts reach 1.6 times as many of their followers as an average brand&apos;s (the factor is 1.0 at brand power 50).</source>
        <translation>事前値（出典なし）：最も強いブランドの投稿は、平均的なブランドの1.6倍のフォロワーに届きます（ブランド力50で係数1.0）。</translation>
    </message>
    <message>
        <source>Prior, no source: for each follower a post of the strongest brand reaches, shares and reposts bring it to 1.5 people who do not follow it; the rate falls with the square of brand power, so a weak brand&apos;s posts are hardly passed on. This is why an admired brand&apos;s ordinary posts land.</source>
        <translation>事前値（出典なし）：最も強いブランドの投稿は、届いたフォロワー1人につき、シェアやリポストでフォローしていない1.5人に広がります。この割合はブランド力の2乗で下がるため、弱いブランドの投稿はほとんど広がりません。憧れのブランドなら普通の投稿でも届く理由です。</translation>
    </message>
    <message>
        <source>Prior, no source: weekly account-driven spend (posting, replies, community work; mostly hours) at which the account posts at half its potential, about half a working day a week at a small team&apos;s rates.</source>
        <translation>事前値（出典なし）：アカウントが本来の半分の活動量で投稿できる、週あたりのアカウント型の支出（投稿、返信、コミュニティ運営。大半は工数）。小さなチームの単価で週に半日ほどです。</translation>
    </message>
    <message>
        <source>Prior, no source: a fully worked account posts about once a day (posts, stories, replies that show in feeds).</source>
        <translation>事前値（出典なし）：十分に運営されたアカウントは1日に1回ほど投稿します（投稿、ストーリーズ、フィードに出る返信）。</translation>
    </message>
    <message>
        <source>Prior, no source: without account-driven work the account still shows up at 5 % of its full activity (older posts, the odd update).</source>
        <translation>事前値（出典なし）：アカウント型の施策がなくても、アカウントは本来の活動量の5 %ほどは表示されます（過去の投稿、たまの更新）。</translation>
    </message>
    <message>
        <source>Prior, no source: at saturation, content reaches at most 15 % of the people in the clusters it aims at in a week.</source>
        <translation>事前値（出典なし）：飽和しても、コンテンツが1週間に届くのは狙ったクラスターの人の15 %までです。</translation>
    </message>
    <message>
        <source>Prior, no source: 3 % of the people who meet the brand for the first time through content aimed at their interests follow it; this is how a weak brand grows its following.</source>
        <translation>事前値（出典なし）：自分の関心に向けたコンテンツで初めてブランドに出会った人の3 %がフォローします。弱いブランドはこうしてフォロワーを増やします。</translation>
    </message>
    <message>
        <source>Prior, no source: 0.4 % of the people who first meet the brand through a follower&apos;s share follow it (times the favourability factor).</source>
        <translation>事前値（出典なし）：フォロワーのシェアで初めてブランドに出会った人の0.4 %がフォローします（好意度の係数を掛けます）。</translation>
    </message>
    <message>
        <source>Prior, no source: people reached by content engage at 40 % of the rate of those reached through the account; they do not know the brand yet.</source>
        <translation>事前値（出典なし）：コンテンツで届いた人の反応率は、アカウント経由で届いた人の40 %です。まだブランドを知らないためです。</translation>
    </message>
    <message>
        <source>Prior, no source: reaching someone again counts half as much as reaching a new person; it keeps the brand in mind and moves people toward buying, but adds no one.</source>
        <translation>事前値（出典なし）：同じ人にもう一度届くことは、新しい人に届くことの半分として数えます。ブランドを思い出させ購入へ近づけますが、届く人は増えません。</translation>
    </message>
    <message>
        <source>Prior, no source: three in ten of the people who meet the brand for the first time remember it afterwards, so awareness grows as the plan reaches new people, and brand power with it.</source>
        <translation>事前値（出典なし）：初めてブランドに出会った人の10人に3人が後まで覚えています。計画が新しい人に届くほど認知度が上がり、ブランド力も上がります。</translation>
    </message>
    <message>
        <source>Prior, no source: an account that is looked after loses 0.2 % of its followers a week.</source>
        <translation>事前値（出典なし）：手入れされたアカウントは毎週フォロワーの0.2 %を失います。</translation>
    </message>
    <message>
        <source>Prior, no source: an account without account-driven work loses 0.6 % of its followers a week, about a quarter a year (unfollows, and followers whose feeds stop showing it); between the two in proportion to the account work.</source>
        <translation>事前値（出典なし）：アカウント型の施策がないアカウントは毎週フォロワーの0.6 %、年に約4分の1を失います（フォロー解除や、フィードに表示されなくなったフォロワー）。その間はアカウント施策の量に比例します。</translation>
    </message>
    <message>
        <source>Prior, no source: weekly content-driven spend (in US dollars) at which content reaches half of what it could in its clusters; the half-saturation point of the spend curve, as in the media-mix models Robyn and Meridian. At small spends it gives about 37 people a dollar per million people aimed at.</source>
        <translation>事前値（出典なし）：コンテンツがクラスター内で届きうる人数の半分に届く、週あたりのコンテンツ型の支出（米ドル）。メディアミックスモデルのRobynやMeridianと同じ、支出曲線の半飽和点です。少額では、狙った100万人あたり1ドルで約37人に届きます。</translation>
    </message>
    <message>
        <source>Prior, no source: shape 1, so every extra dollar of content reaches fewer new people than the one before (diminishing returns from the first dollar, no threshold to cross).</source>
        <translation>事前値（出典なし）：形状1。コンテンツに追加する1ドルごとに、新しく届く人は前の1ドルより少なくなります（最初の1ドルから収穫逓減、越えるべきしきい値はありません）。</translation>
    </message>
    <message>
        <source>Rival IQ, 2023 Social Media Industry Benchmark Report (2022 data, all industries): median engagement rate per post by followers (likes, comments, shares and so on divided by followers) on TikTok, 5.69 %. Used per person reached when the brand gives no engagement rate of its own.</source>
        <translation>Rival IQ『2023 Social Media Industry Benchmark Report』（2022年のデータ、全業種）：フォロワーあたりの1投稿のエンゲージメント率の中央値（いいね、コメント、シェアなどをフォロワー数で割ったもの）、TikTokで5.69 %。ブランド自身のエンゲージメント率がないとき、届いた1人あたりの率として使います。</translation>
    </message>
    <message>
        <source>Rival IQ, 2023 Social Media Industry Benchmark Report (2022 data, all industries): median engagement rate per post by followers (likes, comments, shares and so on divided by followers) on Instagram, 0.47 %.</source>
        <translation>Rival IQ『2023 Social Media Industry Benchmark Report』（2022年のデータ、全業種）：フォロワーあたりの1投稿のエンゲージメント率の中央値（いいね、コメント、シェアなどをフォロワー数で割ったもの）、Instagramで0.47 %。</translation>
    </message>
    <message>
        <source>Rival IQ, 2023 Social Media Industry Benchmark Report (2022 data, all industries): median engagement rate per post by followers (likes, comments, shares and so on divided by followers) on Facebook, 0.06 %.</source>
        <translation>Rival IQ『2023 Social Media Industry Benchmark Report』（2022年のデータ、全業種）：フォロワーあたりの1投稿のエンゲージメント率の中央値（いいね、コメント、シェアなどをフォロワー数で割ったもの）、Facebookで0.06 %。</translation>
    </message>
    <message>
        <source>Rival IQ, 2023 Social Media Industry Benchmark Report (2022 data, all industries): median engagement rate per post by followers (likes, comments, shares and so on divided by followers) on X (Twitter), 0.035 %.</source>
        <translation>Rival IQ『2023 Social Media Industry Benchmark Report』（2022年のデータ、全業種）：フォロワーあたりの1投稿のエンゲージメント率の中央値（いいね、コメント、シェアなどをフォロワー数で割ったもの）、X（Twitter）で0.035 %。</translation>
    </message>
    <message>
        <source>Prior, no source: other platforms (LINE, YouTube, LinkedIn, blogs and so on) when the brand gives no engagement rate, 0.5 %, near the Instagram median.</source>
        <translation>事前値（出典なし）：その他のプラットフォーム（LINE、YouTube、LinkedIn、ブログなど）で、ブランドのエンゲージメント率がないときは0.5 %。Instagramの中央値に近い値です。</translation>
    </message>
    <message>
        <source>Prior, no source: Apply counts as reaching a phase&apos;s suggested share when it lands within 2 percentage points of it; further off, the suggestion says what Apply could not do and why.</source>
        <translation>事前値（出典なし）：適用の結果がフェーズの提案比率から2ポイント以内なら、届いたとみなします。それより離れるときは、適用でできなかったことと理由を提案に書きます。</translation>
    </message>
    <message>
        <source>Prior, no source: when Apply of the bounded suggestion would lower the score or the projected value, it tries moving 3/4, 1/2 and 1/4 of the way (4 steps) before moving nothing.</source>
        <translation>事前値（出典なし）：範囲内の提案を適用するとスコアや予測価値が下がるときは、4分の3、2分の1、4分の1だけ動かすことを試し（4段階）、それでもだめなら何も動かしません。</translation>
    </message>
    <message>
        <source>Prior, no source: Apply keeps at least a fifth of every activity&apos;s budget, so it shifts money between activities but never wipes one out; cutting work entirely is the marketer&apos;s decision.</source>
        <translation>事前値（出典なし）：適用では各施策の予算の少なくとも5分の1を残します。施策の間でお金を動かしますが、施策を消すことはしません。施策をやめるかどうかはマーケターが決めることです。</translation>
    </message>
    <message>
        <source>Prior, no source: a suggested move of less than 2 percentage points is within what the model can tell apart, so the phase is left as planned.</source>
        <translation>事前値（出典なし）：2ポイント未満の移動はモデルが区別できる範囲内なので、そのフェーズは計画のままにします。</translation>
    </message>
    <message>
        <source>Prior, no source: Apply at most doubles an activity&apos;s budget, so the money it moves goes to work the plan already sized, not to one activity blown up several times over.</source>
        <translation>事前値（出典なし）：適用で施策の予算は最大2倍までにします。動かすお金は計画がすでに規模を決めた施策に回し、1つの施策を何倍にも膨らませることはしません。</translation>
    </message>
    <message>
        <source>Prior, no source: up to 25 findings of one code about single activities are listed one by one, costliest first; the rest are folded into one finding that carries their points, because a list of thousands helps nobody. No score changes.</source>
        <translation>事前値（出典なし）：1つのコードで個々の施策についての指摘は、影響の大きい順に25件まで1件ずつ挙げ、残りはその点数をまとめた1件の指摘にします。何千件もの一覧は誰の役にも立たないためです。スコアは変わりません。</translation>
    </message>
    <message>
        <source>Prior: what a thousand promoted views of the account&apos;s posts cost. Published averages for Meta ads (Facebook and Instagram) range from about $5 to $20 by source, month and country (AdStage&apos;s analysis of 8.8 billion impressions in the first half of 2018: $11.17); $10 taken.</source>
        <translation>事前値：アカウントの投稿をプロモーションで1,000回表示する費用。Meta広告（Facebook・Instagram）の公表平均は、出典・月・国により約5〜20ドル（AdStageによる2018年上半期の88億インプレッションの分析では11.17ドル）。ここでは10ドルとする。</translation>
    </message>
    <message>
        <source>Prior, no source: promotion shows the account&apos;s posts to each follower about once a week at most; beyond that, more money only shows the same people the same posts again.</source>
        <translation>事前値（出典なし）：プロモーションでアカウントの投稿を各フォロワーに見せられるのは週に約1回まで。それ以上の費用は、同じ人に同じ投稿を見せ直すだけになる。</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>%1 - plan summary</source>
        <translation>%1 - プランのサマリー</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>担当者: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Purpose: %1 (social media suitability %2)</source>
        <translation>目的: %1（ソーシャルメディアの適性 %2）</translation>
    </message>
    <message>
        <source>Score: %1 / 100</source>
        <translation>スコア: %1 / 100</translation>
    </message>
    <message>
        <source>of 100</source>
        <translation>/ 100</translation>
    </message>
    <message>
        <source>Capped at %1 (from %2) because social media serves this purpose only in part.</source>
        <translation>ソーシャルメディアはこの目的に一部しか向いていないため、上限は %1 です（本来は %2）。</translation>
    </message>
    <message>
        <source>Planned and recommended account share per phase</source>
        <translation>フェーズごとの計画と推奨のアカウント比率</translation>
    </message>
    <message>
        <source>Score components</source>
        <translation>スコアの内訳</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>要素</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>比重</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Generated by %1</source>
        <translation>%1 で作成</translation>
    </message>
    <message>
        <source>Brand strength: %1 / 100</source>
        <translation>ブランド力: %1 / 100</translation>
    </message>
    <message>
        <source>Set directly in the plan. The brand&apos;s figures would give:</source>
        <translation>プランで直接設定されています。ブランドの数値から求めると:</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>要素</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>点数</translation>
    </message>
    <message>
        <source>%1 followers</source>
        <translation>フォロワー %1 人</translation>
    </message>
    <message>
        <source>Mix per phase</source>
        <translation>フェーズごとの配分</translation>
    </message>
    <message>
        <source>The account-driven share of each phase&apos;s cost, against the share recommended for the brand&apos;s power in that phase. A little-known brand should start with content and lean on its account as its following grows.</source>
        <translation>各フェーズの費用のうちアカウント起点の割合と、そのフェーズのブランド力に対して推奨される割合です。あまり知られていないブランドはコンテンツから始め、フォロワーが育つにつれてアカウントに頼るのが基本です。</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>週</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>Brand power</source>
        <translation>ブランド力</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>推奨</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>許容幅</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>適合</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>プラン全体</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>指摘</translation>
    </message>
    <message>
        <source>None: the plan balances its approaches well for this brand and purpose.</source>
        <translation>なし: このブランドと目的に対して、プランの施策はよく釣り合っています。</translation>
    </message>
    <message>
        <source>Every point the plan loses, with what to change.</source>
        <translation>プランの減点すべてと、何を変えればよいか。</translation>
    </message>
    <message>
        <source>-%1 points</source>
        <translation>-%1 点</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>対応:</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>予測</translation>
    </message>
    <message>
        <source>Projected followers and weekly reach</source>
        <translation>予測フォロワー数と週間リーチ</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>週</translation>
    </message>
    <message>
        <source>Content reach</source>
        <translation>コンテンツのリーチ</translation>
    </message>
    <message>
        <source>Account reach</source>
        <translation>アカウントのリーチ</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>エンゲージメント</translation>
    </message>
    <message>
        <source>New followers</source>
        <translation>新規フォロワー</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>フォロワー数</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>施策</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Account share</source>
        <translation>アカウント比率</translation>
    </message>
    <message>
        <source>Cost in phase</source>
        <translation>フェーズ内の費用</translation>
    </message>
    <message>
        <source>Activities by phase</source>
        <translation>フェーズごとの施策</translation>
    </message>
    <message>
        <source>No activities.</source>
        <translation>施策はありません。</translation>
    </message>
    <message>
        <source>Not in any phase</source>
        <translation>どのフェーズにも属さない施策</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>施策</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>no</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Interest clusters</source>
        <translation>興味関心クラスター</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Keywords and tags</source>
        <translation>キーワードとタグ</translation>
    </message>
    <message>
        <source>Model parameters</source>
        <translation>モデルのパラメーター</translation>
    </message>
    <message>
        <source>The numbers the score was computed with (resources/model-parameters.json).</source>
        <translation>スコアの計算に使った数値です（resources/model-parameters.json）。</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>en</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Account-driven share of each phase&apos;s cost, against the share recommended for the brand&apos;s power in that phase.</source>
        <translation>各フェーズの費用のうちアカウント起点の割合と、そのフェーズのブランド力に対して推奨される割合です。</translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation>無題のプラン</translation>
    </message>
    <message>
        <source>Generated by %1 on %2</source>
        <translation>%2 に %1 で作成</translation>
    </message>
    <message>
        <source>%1 smaller findings (%2 points in all) are not printed; the HTML, Markdown and JSON summaries list them all.</source>
        <translation>小さな指摘 %1 件(合計 %2 点)は印刷していません。HTML、Markdown、JSON のサマリーにはすべて載っています。</translation>
    </message>
    <message>
        <source>The largest %1 activities are shown; %2 more, costing %3 in all, are not printed. The CSV, JSON and Markdown summaries list every activity.</source>
        <translation>費用の大きい %1 件の施策を載せています。残りの %2 件(費用の合計 %3)は印刷していません。CSV、JSON、Markdown のサマリーにはすべての施策が載っています。</translation>
    </message>
    <message>
        <source>%1 more rows are not printed; the CSV, JSON and Markdown summaries list them all.</source>
        <translation>ほかの %1 行は印刷していません。CSV、JSON、Markdown のサマリーにはすべて載っています。</translation>
    </message>
    <message>
        <source>What the plan might do week by week, from the projection model: followers %1 → %2, %7 people reached (%3 reaches in all weeks: content %4, account %5), engagements %6.</source>
        <translation>予測モデルによる計画の週ごとの見込み：フォロワー %1 → %2、届いた人 %7 人（全週の延べ到達 %3：コンテンツ %4、アカウント %5）、エンゲージメント %6。</translation>
    </message>
    <message>
        <source>What the plan might do week by week (docs/projection-model.md): followers %1 -&gt; %2, %7 people reached (%3 reaches in all weeks: content %4, account %5), engagements %6.</source>
        <translation>計画の週ごとの見込み（docs/projection-model.md）：フォロワー %1 -&gt; %2、届いた人 %7 人（全週の延べ到達 %3：コンテンツ %4、アカウント %5）、エンゲージメント %6。</translation>
    </message>
    <message>
        <source>Runs from %1 to %2 (%3 weeks)</source>
        <translation>期間 %1〜%2（%3 週間）</translation>
    </message>
    <message>
        <source>Budget cap %1: %2 committed, %3 over</source>
        <translation>予算上限 %1：費用 %2、%3 超過</translation>
    </message>
    <message>
        <source>Budget cap %1: %2 committed, %3 left</source>
        <translation>予算上限 %1：費用 %2、残り %3</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>予算</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>工数</translation>
    </message>
    <message>
        <source>Hours&apos; cost</source>
        <translation>工数の費用</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Where the money goes</source>
        <translation>費用の使いみち</translation>
    </message>
    <message>
        <source>Budgets and team hours (at the plan&apos;s hourly rate) by phase and by channel. An activity in several phases is split over them by weeks.</source>
        <translation>フェーズ別とチャネル別の予算とチームの工数(プランの時間単価で換算)。複数のフェーズにまたがる施策は週数で按分します。</translation>
    </message>
</context>
<context>
    <name>suggestion</name>
    <message>
        <source>&apos;%1&apos;: keep it at %2, which suits the brand&apos;s power there (%3).</source>
        <translation>「%1」: %2 のままにします。そこでのブランド力（%3）に合っています。</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: from %2 down to %3 account-driven. Few people follow or know the brand yet, so content aimed at interest clusters reaches more of them and brings the followers later phases need.</source>
        <translation>「%1」: アカウント起点を %2 から %3 に下げます。ブランドを知る人やフォローする人がまだ少ないため、興味関心クラスターに向けたコンテンツのほうが多くの人に届き、後のフェーズに必要なフォロワーを連れてきます。</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: from %2 down to %3 account-driven. Content reaches more new people here than the account can for the same money.</source>
        <translation>「%1」: アカウント起点を %2 から %3 に下げます。ここでは同じ費用でも、コンテンツのほうがアカウントより多くの新しい人に届きます。</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: from %2 up to %3 account-driven. People already listen to the brand, so its account carries ordinary posts far.</source>
        <translation>「%1」: アカウント起点を %2 から %3 に上げます。すでに多くの人がブランドに耳を傾けているので、アカウントは普段の投稿でも遠くまで届けます。</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: from %2 up to %3 account-driven. The following grown so far makes the account worth more here (recommended %4).</source>
        <translation>「%1」: アカウント起点を %2 から %3 に上げます。ここまでに育ったフォロワーによって、ここではアカウントの価値が高まります（推奨 %4）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no costed work, so there is nothing to shift.</source>
        <translation>「%1」には費用のある施策がないため、動かすものがありません。</translation>
    </message>
    <message>
        <source>The largest move: %1 Projected value %2 at the same cost; without limits %3. After Apply the score is %4 (now %5).</source>
        <translation>最も大きな変更: %1 予測価値は同じ費用で %2、制約なしなら %3。適用後のスコアは %4（現在 %5）です。</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 is outside the recommended %3 to %4 for the brand&apos;s power there (%5), but no move within the limits projects better at the same cost; move it toward %6 by hand if the findings&apos; reasons apply.</source>
        <translation>「%1」: %2 はこの時点のブランド力(%5)に対する推奨範囲 %3〜%4 の外にありますが、上限内でこれより良い予測になる配分は同じ費用では見つかりません。指摘の理由が当てはまるなら、手で %6 に近づけてください。</translation>
    </message>
    <message>
        <source>Apply cannot move this plan&apos;s money toward the suggested mix (see the phases below); it changes nothing. Change budgets or account shares by hand; without limits, Apply would change the projected value by %1.</source>
        <translation>「適用」ではこのプランの予算を提案の配分へ動かせません(下のフェーズを参照)。何も変わりません。予算かアカウント比率を手で変えてください。上限なしの場合、「適用」で予測価値は %1 変わります。</translation>
    </message>
    <message>
        <source>The plan&apos;s mix is already the best MixPlanner finds within %1 points of it; the unbounded optimum, applied, changes the projected value by %2.</source>
        <translation>このプランの配分は、前後 %1 ポイントの範囲で MixPlanner が見つける最良のものです。上限なしの最適配分を適用すると、予測価値は %2 変わります。</translation>
    </message>
    <message>
        <source>The largest move: %1 Apply changes the projected value by %2 at the same cost, and leaves the score at %3; without limits %4.</source>
        <translation>最大の変更: %1 「適用」で予測価値は同じ費用のまま %2 変わり、スコアは %3 のままです。上限なしでは %4。</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: from %2 to %3 account-driven, so that the change between this phase and its neighbours is gentler; on its own this phase would be recommended %4.</source>
        <translation>「%1」：アカウント型を%2から%3へ。隣のフェーズとの間の変化をなだらかにするためです。このフェーズだけで見れば推奨は%4です。</translation>
    </message>
    <message>
        <source>Apply reaches only %1 here: no account-driven activity in this phase has a budget to take more money (hours stay as planned). Give one a budget, or raise account shares by hand.</source>
        <translation>適用ではここは%1までしか届きません。このフェーズには、お金を受け取れる予算のあるアカウント型の施策がありません（工数は計画のまま）。施策に予算を付けるか、アカウント比率を手で上げてください。</translation>
    </message>
    <message>
        <source>Apply reaches only %1 here: no content-driven activity in this phase has a budget to take the money (hours stay as planned). Add content aimed at the phase&apos;s clusters, or lower account shares by hand.</source>
        <translation>適用ではここは%1までしか届きません。このフェーズには、お金を受け取れる予算のあるコンテンツ型の施策がありません（工数は計画のまま）。フェーズのクラスターに向けたコンテンツを加えるか、アカウント比率を手で下げてください。</translation>
    </message>
    <message>
        <source>Apply reaches only %1 here: it keeps each phase&apos;s cost and every budget between %2 and %3 times itself, and the budgets that could move are at those limits or shared with phases that pull the other way. Change budgets or account shares by hand.</source>
        <translation>適用ではここは%1までしか届きません。各フェーズの費用を保ち、各予算を元の%2から%3倍の間に収めるため、動かせる予算がその限度に達しているか、逆方向に引く他のフェーズと共有されています。予算かアカウント比率を手で変えてください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: from %2 down to %3 account-driven, within the model&apos;s most (%4): even the strongest brand keeps some content that travels beyond its followers.</source>
        <translation>「%1」：アカウント型を%2から%3へ下げ、モデルの上限（%4）に収めます。最も強いブランドでも、フォロワーの外へ広がるコンテンツを残します。</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: from %2 up to %3 account-driven, within the model&apos;s least (%4): even content-led work needs some account work, such as replies and a profile that turns visitors into followers.</source>
        <translation>「%1」：アカウント型を%2から%3へ上げ、モデルの下限（%4）に収めます。コンテンツ中心の施策でも、返信や訪問者をフォロワーに変えるプロフィールなど、いくらかのアカウント運営が要ります。</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>+%1%</source>
        <translation>+%1%</translation>
    </message>
    <message>
        <source>%1 percentage points</source>
        <translation>%1 ポイント</translation>
    </message>
</context>
<context>
    <name>weeks</name>
    <message>
        <source>Week %1</source>
        <translation>第 %1 週</translation>
    </message>
    <message>
        <source>Week %1 (%2)</source>
        <translation>第 %1 週（%2）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1（%2〜%3）</translation>
    </message>
    <message>
        <source>weeks %1-%2</source>
        <translation>第 %1〜%2 週</translation>
    </message>
    <message>
        <source>weeks %1-%2, %3 – %4</source>
        <translation>第 %1〜%2 週、%3〜%4</translation>
    </message>
</context>
</TS>
