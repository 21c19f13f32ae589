<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About MediaDesk</source>
        <translation>MediaDesk について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MediaDesk %1&lt;/h3&gt;&lt;p&gt;A desktop client for Twilio&apos;s Media Content Service: upload, inspect and download Conversations media.&lt;/p&gt;&lt;p&gt;Secrets stay in the system keychain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MediaDesk %1&lt;/h3&gt;&lt;p&gt;Twilio Media Content Service 用のデスクトップクライアントです。Conversations のメディアをアップロード、確認、ダウンロードできます。&lt;/p&gt;&lt;p&gt;シークレットはシステムのキーチェーンに保管されます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Copyright © 2026 The MediaDesk developers. MediaDesk is free software under the Apache License, Version 2.0.&lt;/p&gt;&lt;p&gt;Built with Qt %1 (LGPL-3.0), QtKeychain (BSD-2-Clause), cpp-httplib (MIT) and OpenSSL (Apache-2.0); their notices come with MediaDesk.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Copyright © 2026 The MediaDesk developers. MediaDesk は Apache License, Version 2.0 のもとで配布されるフリーソフトウェアです。&lt;/p&gt;&lt;p&gt;Qt %1 (LGPL-3.0)、QtKeychain (BSD-2-Clause)、cpp-httplib (MIT)、OpenSSL (Apache-2.0) を使用しています。それぞれのライセンス表示は MediaDesk に同梱されています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Twilio Account</source>
        <translation>Twilio アカウント</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>プロファイル名(&amp;N):</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>例: 本番環境</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>リージョン(&amp;R):</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>サインイン方法:</translation>
    </message>
    <message>
        <source>API &amp;key and secret (recommended)</source>
        <translation>API キーとシークレット（推奨）(&amp;K)</translation>
    </message>
    <message>
        <source>A&amp;ccount SID:</source>
        <translation>アカウント SID(&amp;C):</translation>
    </message>
    <message>
        <source>AC followed by 32 hexadecimal digits</source>
        <translation>AC の後に 16 進数 32 桁</translation>
    </message>
    <message>
        <source>API key &amp;SID:</source>
        <translation>API キー SID(&amp;S):</translation>
    </message>
    <message>
        <source>SK followed by 32 hexadecimal digits</source>
        <translation>SK の後に 16 進数 32 桁</translation>
    </message>
    <message>
        <source>S&amp;ecret:</source>
        <translation>シークレット(&amp;E):</translation>
    </message>
    <message>
        <source>MCS base URL:</source>
        <translation>MCS ベース URL:</translation>
    </message>
    <message>
        <source>https://mcs.us1.twilio.com</source>
        <translation>https://mcs.us1.twilio.com</translation>
    </message>
    <message>
        <source>Conversations base URL:</source>
        <translation>Conversations ベース URL:</translation>
    </message>
    <message>
        <source>https://conversations.twilio.com</source>
        <translation>https://conversations.twilio.com</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>接続テスト(&amp;T)</translation>
    </message>
    <message>
        <source>The secret is stored in the system keychain, never in a file.</source>
        <translation>シークレットはシステムのキーチェーンに保存され、ファイルには保存されません。</translation>
    </message>
    <message>
        <source>Account SID and Auth T&amp;oken</source>
        <translation>アカウント SID と Auth Token(&amp;O)</translation>
    </message>
    <message>
        <source>Custom en&amp;dpoints (optional)</source>
        <translation>カスタムエンドポイント（任意）(&amp;D)</translation>
    </message>
</context>
<context>
    <name>AttachmentStatus</name>
    <message>
        <source>Sent to %1</source>
        <extracomment>the conversation (its name, else its SID) an upload was sent to</extracomment>
        <translation>送信済み（%1）</translation>
    </message>
    <message>
        <source>Deleted in %1</source>
        <extracomment>%1 minutes:seconds until Twilio deletes media that no message carries</extracomment>
        <translation>あと %1 で削除</translation>
    </message>
    <message>
        <source>Not sent, still there</source>
        <translation>未送信（まだ残っています）</translation>
    </message>
    <message>
        <source>Deleted by Twilio</source>
        <translation>Twilio が削除済み</translation>
    </message>
    <message>
        <source>Message %1 in conversation %2 carries it, so Twilio keeps it.</source>
        <translation>会話 %2 のメッセージ %1 に添付されているため、Twilio は保持します。</translation>
    </message>
    <message>
        <source>No message carries it yet. Twilio deletes it at %1 unless it is sent to a conversation before then.</source>
        <translation>まだどのメッセージにも添付されていません。それまでに会話へ送信しないと、Twilio は %1 に削除します。</translation>
    </message>
    <message>
        <source>No message carries it, and its five minutes ended at %1, but a look-up at %2 still found it.</source>
        <translation>どのメッセージにも添付されておらず、5 分間の期限は %1 に過ぎましたが、%2 の検索ではまだ見つかりました。</translation>
    </message>
    <message>
        <source>A look-up found it no more: Twilio has deleted it.</source>
        <translation>検索で見つからなくなりました。Twilio が削除しています。</translation>
    </message>
    <message>
        <source>No message carried it within five minutes (by %1), so Twilio has deleted it. Look it up to check.</source>
        <translation>5 分以内（%1 まで）にどのメッセージにも添付されなかったため、Twilio が削除しています。検索して確認できます。</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>The File Exists — MediaDesk</source>
        <translation>ファイルがあります — MediaDesk</translation>
    </message>
    <message>
        <source>&amp;Apply to all in this batch</source>
        <translation>このバッチの残りすべてに適用(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel the Rest</source>
        <translation>残りを取り消す</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>スキップ(&amp;S)</translation>
    </message>
    <message>
        <source>Keep &amp;Both</source>
        <translation>両方残す(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>置き換える(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ConnectionResolver</name>
    <message>
        <source>“%1” is not a base URL; write it with its scheme, e.g. https://mcs.us1.twilio.com.</source>
        <translation>「%1」はベース URL ではありません。スキームを含めて入力してください（例: https://mcs.us1.twilio.com）。</translation>
    </message>
    <message>
        <source>There is no profile named “%1”; “mediadesk-cli profiles” lists them.</source>
        <translation>「%1」という名前のプロファイルはありません。「mediadesk-cli profiles」で一覧を表示できます。</translation>
    </message>
    <message>
        <source>No Twilio credentials: set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN (or TWILIO_API_KEY and TWILIO_API_SECRET with TWILIO_ACCOUNT_SID), or store a profile with “mediadesk-cli login”.</source>
        <translation>Twilio の認証情報がありません。TWILIO_ACCOUNT_SID と TWILIO_AUTH_TOKEN（または TWILIO_ACCOUNT_SID と併せて TWILIO_API_KEY と TWILIO_API_SECRET）を設定するか、「mediadesk-cli login」でプロファイルを保存してください。</translation>
    </message>
    <message>
        <source>%1 is ignored: it goes with credentials from the environment, and the profile “%2” keeps its own addresses (use --mcs-url or --conversations-url to change them for one command).</source>
        <extracomment>%1 a variable such as MEDIADESK_MCS_URL, %2 the profile&apos;s name</extracomment>
        <translation>%1 は無視されました。この変数は環境変数の認証情報とだけ組み合わせて使われ、プロファイル「%2」は自分のアドレスを使い続けます（1 回のコマンドだけ変えるには --mcs-url または --conversations-url を使ってください）。</translation>
    </message>
</context>
<context>
    <name>ConversationsApi</name>
    <message>
        <source>Twilio&apos;s reply could not be read (%1).</source>
        <translation>Twilio の応答を読み取れませんでした（%1）。</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
</context>
<context>
    <name>ConversationsTab</name>
    <message>
        <source>Search by name, unique name or SID</source>
        <translation>名前、一意の名前、SID で検索</translation>
    </message>
    <message>
        <source>Show &amp;Details</source>
        <translation>詳細を表示(&amp;D)</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>会話を検索</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>Media in the conversation</source>
        <translation>会話内のメディア</translation>
    </message>
    <message>
        <source>Try Aga&amp;in</source>
        <translation>再試行(&amp;I)</translation>
    </message>
    <message>
        <source>O&amp;pen Content</source>
        <translation>コンテンツを開く(&amp;P)</translation>
    </message>
    <message>
        <source>Send to Con&amp;versation…</source>
        <translation>会話に送信(&amp;V)…</translation>
    </message>
    <message>
        <source>Download Se&amp;lected…</source>
        <translation>選択分をダウンロード(&amp;L)…</translation>
    </message>
    <message>
        <source>Do&amp;wnload All…</source>
        <translation>すべてダウンロード(&amp;W)…</translation>
    </message>
    <message>
        <source>Name or SID</source>
        <translation>名前または SID</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>The TWILIO_* environment variables are incomplete: set TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN, or TWILIO_ACCOUNT_SID with TWILIO_API_KEY and TWILIO_API_SECRET.</source>
        <translation>TWILIO_* 環境変数が不足しています。TWILIO_ACCOUNT_SID と TWILIO_AUTH_TOKEN、または TWILIO_ACCOUNT_SID と TWILIO_API_KEY と TWILIO_API_SECRET を設定してください。</translation>
    </message>
    <message>
        <source>An API key also needs the Account SID (AC…) it belongs to.</source>
        <translation>API キーには、そのキーが属するアカウント SID（AC…）も必要です。</translation>
    </message>
    <message>
        <source>The Account SID (AC…) is missing.</source>
        <translation>アカウント SID（AC…）がありません。</translation>
    </message>
    <message>
        <source>The API key secret is empty.</source>
        <translation>API キーのシークレットが空です。</translation>
    </message>
    <message>
        <source>The Auth Token is empty.</source>
        <translation>Auth Token が空です。</translation>
    </message>
</context>
<context>
    <name>Endpoints</name>
    <message>
        <source>Unknown Twilio region “%1”; Conversations media is available in %2.</source>
        <extracomment>%1 the region typed, %2 the list of known regions</extracomment>
        <translation>不明な Twilio リージョン「%1」です。Conversations のメディアは %2 で利用できます。</translation>
    </message>
</context>
<context>
    <name>ExportFolder</name>
    <message>
        <source>“%1” is a file, not a folder. Choose a folder to export into.</source>
        <translation>「%1」はフォルダーではなくファイルです。書き出し先のフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created. Check that its parent exists and can be written to.</source>
        <translation>フォルダー「%1」を作成できません。親フォルダーが存在し、書き込めることを確認してください。</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be written to: %2</source>
        <translation>フォルダー「%1」に書き込めません: %2</translation>
    </message>
    <message>
        <source>The manifest of an earlier export in “%1” cannot be read: %2</source>
        <translation>「%1」にある以前の書き出しのマニフェストを読み取れません: %2</translation>
    </message>
    <message>
        <source>The manifest of an earlier export in “%1” is damaged (%2). Move it away to export into this folder again.</source>
        <translation>「%1」にある以前の書き出しのマニフェストが壊れています（%2）。このフォルダーにもう一度書き出すには、そのファイルを別の場所に移してください。</translation>
    </message>
    <message>
        <source>“%1” holds the export of another conversation (%2). Choose another folder.</source>
        <translation>「%1」には別の会話（%2）の書き出しがあります。別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>The manifest cannot be written in “%1”: %2</source>
        <translation>「%1」にマニフェストを書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>ExportHandler</name>
    <message>
        <source>None of these messages carries media.</source>
        <translation>これらのメッセージにはメディアが添付されていません。</translation>
    </message>
    <message>
        <source>%1 saved, %2 already complete.</source>
        <extracomment>%1 media saved now, %2 complete from an earlier export</extracomment>
        <translation>%1 件を保存しました。%2 件はすでに保存済みです。</translation>
    </message>
    <message numerus="yes">
        <source>Twilio deleted %n media that the messages list.</source>
        <translation>
            <numerusform>メッセージに含まれるメディアのうち %n 件はもう存在しません（Twilio が削除済み）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n media could not be saved; Retry exports what is missing.</source>
        <translation>
            <numerusform>%n 件のメディアを保存できませんでした。再試行すると、もう一度書き出します。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryTab</name>
    <message>
        <source>Search by file name, Media SID or type</source>
        <translation>ファイル名、メディア SID、種類で検索</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>ライブラリを検索</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>MediaDesk</source>
        <translation>MediaDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sandbox&lt;/b&gt; — a local MCS emulator on this computer. Nothing you do here reaches Twilio.</source>
        <translation>&lt;b&gt;サンドボックス&lt;/b&gt; — このコンピューター上のローカル MCS エミュレーターです。ここでの操作は Twilio には届きません。</translation>
    </message>
    <message>
        <source>Welcome to MediaDesk</source>
        <translation>MediaDesk へようこそ</translation>
    </message>
    <message>
        <source>Upload, inspect and download Twilio Conversations media. Add your Twilio account — its secret is kept in the system keychain — or try everything first on a sandbox that runs on this computer.</source>
        <translation>Twilio Conversations のメディアをアップロード、確認、ダウンロードできます。Twilio アカウントを追加するか（シークレットはシステムのキーチェーンに保管されます）、まずはこのコンピューター上で動作するサンドボックスですべての機能をお試しください。</translation>
    </message>
    <message>
        <source>Add Twilio Account…</source>
        <translation>Twilio アカウントを追加…</translation>
    </message>
    <message>
        <source>Try the Sandbox</source>
        <translation>サンドボックスを試す</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>アカウント(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Account and Service</source>
        <translation>アカウントとサービス</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Add Twilio Account…</source>
        <translation>Twilio アカウントを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit Account…</source>
        <translation>アカウントを編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove Account…</source>
        <translation>アカウントを削除(&amp;R)…</translation>
    </message>
    <message>
        <source>Open the &amp;Sandbox</source>
        <translation>サンドボックスを開く(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;fresh Services</source>
        <translation>サービスを再読み込み(&amp;F)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Request &amp;Log</source>
        <translation>リクエストログ(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;About MediaDesk</source>
        <translation>MediaDesk について(&amp;A)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>転送</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>&amp;Media</source>
        <translation>メディア(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Look Up Media…</source>
        <translation>メディアを検索(&amp;L)…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Send Dropped Files &amp;To…</source>
        <translation>ドロップしたファイルの送信先(&amp;T)…</translation>
    </message>
    <message>
        <source>Upload every file you drop or add and send it to a conversation as a message</source>
        <translation>ドロップまたは追加したファイルをすべてアップロードし、メッセージとして会話に送信します</translation>
    </message>
    <message>
        <source>&amp;Send to Conversation…</source>
        <translation>会話に送信(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>Account problem</source>
        <translation>アカウントの問題</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>変更(&amp;C)…</translation>
    </message>
    <message>
        <source>St&amp;op Sending</source>
        <translation>送信を停止(&amp;O)</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>ワークスペース</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>ファイルを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Paste Files</source>
        <translation>ファイルを貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>Upload the files or the picture on the clipboard</source>
        <translation>クリップボードのファイルまたは画像をアップロードします</translation>
    </message>
    <message>
        <source>Ctrl+V</source>
        <translation>Ctrl+V</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>キュー(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Download to the Download Folder</source>
        <translation>ダウンロードフォルダーにダウンロード(&amp;D)</translation>
    </message>
    <message>
        <source>The media selected in the Library, or shown in Details, into the download folder of Settings</source>
        <translation>ライブラリで選択したメディア、または詳細に表示中のメディアを、設定のダウンロードフォルダーに保存します</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
</context>
<context>
    <name>Media</name>
    <message>
        <source>The media description is not valid JSON (%1).</source>
        <translation>メディア情報が有効な JSON ではありません（%1）。</translation>
    </message>
    <message>
        <source>The media description is not a JSON object.</source>
        <translation>メディア情報が JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>The reply does not describe a media item (no valid “sid”).</source>
        <translation>応答がメディア項目を表していません（有効な「sid」がありません）。</translation>
    </message>
</context>
<context>
    <name>MediaDetailsPanel</name>
    <message>
        <source>Media SID (ME…), an MCS address or the Media JSON — Ctrl+L</source>
        <translation>メディア SID（ME…）、MCS のアドレス、または Media JSON — Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Look Up</source>
        <translation>検索(&amp;L)</translation>
    </message>
    <message>
        <source>Look up a Media SID to see every field Twilio keeps for it, preview it, open it or download it. You can also paste an MCS address or the Media JSON, or choose “Show Details” on an upload or a library row.</source>
        <translation>メディア SID を検索すると、Twilio が保持しているすべての項目を表示し、プレビュー・表示・ダウンロードができます。MCS のアドレスや Media JSON を貼り付けるか、アップロードやライブラリの行で「詳細を表示」を選ぶこともできます。</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Fetch a fresh temporary link and open it with this computer&apos;s handler for the type</source>
        <translation>新しい一時リンクを取得し、このコンピューターでその種類に関連付けられたプログラムで開きます</translation>
    </message>
    <message>
        <source>Copy a freshly minted link that works without credentials for about five minutes</source>
        <translation>認証情報なしで約 5 分間使える、新しく発行されたリンクをコピーします</translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation>ダウンロード(&amp;D)…</translation>
    </message>
    <message>
        <source>Copy &amp;JSON</source>
        <translation>JSON をコピー(&amp;J)</translation>
    </message>
    <message>
        <source>Post this media into a conversation as a message, before Twilio deletes it</source>
        <translation>Twilio に削除される前に、このメディアをメッセージとして会話に送信します</translation>
    </message>
    <message>
        <source>Med&amp;ia:</source>
        <translation>メディア(&amp;I):</translation>
    </message>
    <message>
        <source>Media details</source>
        <translation>メディアの詳細</translation>
    </message>
    <message>
        <source>Metadata fields</source>
        <translation>メタデータの項目</translation>
    </message>
    <message>
        <source>O&amp;pen Content</source>
        <translation>コンテンツを開く(&amp;P)</translation>
    </message>
    <message>
        <source>Copy Temporary Lin&amp;k</source>
        <translation>一時リンクをコピー(&amp;K)</translation>
    </message>
    <message>
        <source>Send to Con&amp;versation…</source>
        <translation>会話に送信(&amp;V)…</translation>
    </message>
    <message>
        <source>Ope&amp;n</source>
        <translation>開く(&amp;N)</translation>
    </message>
    <message>
        <source>Sho&amp;w in Folder</source>
        <translation>フォルダーに表示(&amp;W)</translation>
    </message>
</context>
<context>
    <name>MediaLibrary</name>
    <message>
        <source>The library folder “%1” cannot be created.</source>
        <translation>ライブラリのフォルダー「%1」を作成できません。</translation>
    </message>
    <message>
        <source>The library “%1” cannot be opened: %2</source>
        <translation>ライブラリ「%1」を開けません: %2</translation>
    </message>
    <message>
        <source>The library “%1” cannot be prepared: %2</source>
        <translation>ライブラリ「%1」を準備できません: %2</translation>
    </message>
    <message>
        <source>The library is not open.</source>
        <translation>ライブラリが開かれていません。</translation>
    </message>
    <message>
        <source>The upload of “%1” could not be added to the library: %2</source>
        <translation>「%1」のアップロードをライブラリに追加できませんでした: %2</translation>
    </message>
    <message>
        <source>The library could not be saved: %1</source>
        <translation>ライブラリを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>The library “%1” was written by a newer MediaDesk; it was left untouched.</source>
        <translation>ライブラリ「%1」は新しいバージョンの MediaDesk で書かれています。変更せずにそのままにしました。</translation>
    </message>
</context>
<context>
    <name>MediaLookupInput</name>
    <message>
        <source>The pasted text starts like JSON but is not valid JSON (%1).</source>
        <translation>貼り付けたテキストは JSON のように始まっていますが、正しい JSON ではありません（%1）。</translation>
    </message>
    <message>
        <source>The pasted JSON has no “sid”; paste the Media resource as MCS returned it.</source>
        <translation>貼り付けた JSON に「sid」がありません。MCS が返した Media リソースをそのまま貼り付けてください。</translation>
    </message>
    <message>
        <source>The address holds no Media SID (ME followed by 32 hexadecimal digits).</source>
        <translation>このアドレスには メディア SID（ME に続く 16 進数 32 桁）が含まれていません。</translation>
    </message>
    <message>
        <source>The address names a %1, not a Media item; paste an address that contains a Media SID (ME…).</source>
        <translation>このアドレスが指しているのはメディアではなく %1 です。メディア SID（ME…）を含むアドレスを貼り付けてください。</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Chat Service</source>
        <translation>チャットサービス</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>SID:</source>
        <translation>SID:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>作成日時:</translation>
    </message>
    <message>
        <source>Services in this account:</source>
        <translation>このアカウントのサービス:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>プロファイル:</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>サインイン中:</translation>
    </message>
    <message>
        <source>Media Content Service:</source>
        <translation>Media Content Service:</translation>
    </message>
    <message>
        <source>Conversations API:</source>
        <translation>Conversations API:</translation>
    </message>
</context>
<context>
    <name>PartialDownload</name>
    <message>
        <source>Could not create “%1”: %2.</source>
        <translation>「%1」を作成できませんでした: %2。</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2.</source>
        <translation>「%1」に書き込めませんでした: %2。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルされました。</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2.</source>
        <translation>「%1」を保存できませんでした: %2。</translation>
    </message>
    <message>
        <source>“%1” appeared while downloading; it was left untouched, and what was downloaded stays in “%2”.</source>
        <translation>ダウンロード中に「%1」が作成されました。そのファイルには手を加えず、ダウンロードした内容は「%2」に残してあります。</translation>
    </message>
    <message>
        <source>Could not save “%1”.</source>
        <translation>「%1」を保存できませんでした。</translation>
    </message>
    <message>
        <source>Another download is saving to “%1” already; wait for it to end, or choose another name.</source>
        <translation>別のダウンロードがすでに「%1」に保存中です。終わるまで待つか、別の名前を選んでください。</translation>
    </message>
    <message>
        <source>“%1” is in the way of the download (a folder, a symbolic link or another special file); remove it and try again.</source>
        <translation>「%1」がダウンロードの妨げになっています(フォルダー、シンボリックリンク、またはその他の特殊ファイル)。削除してからやり直してください。</translation>
    </message>
    <message>
        <source>“%1” is in the way of the download; remove it and try again.</source>
        <translation>「%1」がダウンロードの妨げになっています。削除してからやり直してください。</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The profile name is empty.</source>
        <translation>プロファイル名が空です。</translation>
    </message>
    <message>
        <source>A profile name cannot start or end with spaces.</source>
        <translation>プロファイル名の先頭または末尾に空白は使用できません。</translation>
    </message>
    <message>
        <source>A profile name can have at most 64 characters.</source>
        <translation>プロファイル名は 64 文字以内にしてください。</translation>
    </message>
    <message>
        <source>A profile name cannot contain slashes or control characters.</source>
        <translation>プロファイル名にスラッシュや制御文字は使用できません。</translation>
    </message>
</context>
<context>
    <name>RequestExport</name>
    <message>
        <source>The body (%1 bytes) was not recorded, so it is not in this command.</source>
        <translation>本文 (%1 バイト) は記録されていないため、このコマンドには含まれていません。</translation>
    </message>
    <message>
        <source>REDACTED stands for a link&apos;s signature or a secret, which are never copied: get a fresh link (mediadesk-cli url) to run this.</source>
        <translation>REDACTED はリンクの署名または秘密情報で、コピーされることはありません。実行するには新しいリンクを取得してください (mediadesk-cli url)。</translation>
    </message>
</context>
<context>
    <name>RequestLogWindow</name>
    <message>
        <source>Request Log — MediaDesk</source>
        <translation>リクエストログ — MediaDesk</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>クリア(&amp;L)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>Every request MediaDesk makes, newest last, in local time. Credentials and link signatures are never shown, copied or exported.</source>
        <translation>MediaDesk が送るすべてのリクエスト (新しいものが最後、時刻はローカル時刻)。資格情報とリンクの署名は表示・コピー・書き出しされません。</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>検索(&amp;S):</translation>
    </message>
    <message>
        <source>Address, status or note</source>
        <translation>アドレス、ステータス、メモ</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>メソッド(&amp;M):</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>ステータス(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>ホスト(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Failures only</source>
        <translation>失敗のみ(&amp;F)</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>curl としてコピー(&amp;U)</translation>
    </message>
    <message>
        <source>The selected requests as curl commands (Ctrl+Shift+C). Credentials are named by the TWILIO_* variables, never copied.</source>
        <translation>選択したリクエストを curl コマンドとしてコピーします (Ctrl+Shift+C)。資格情報は TWILIO_* 変数名で示され、コピーされません。</translation>
    </message>
    <message>
        <source>&amp;Export HAR…</source>
        <translation>HAR を書き出す(&amp;E)…</translation>
    </message>
    <message>
        <source>The requests shown, as a HAR 1.2 file for a support request or a browser&apos;s developer tools</source>
        <translation>表示中のリクエストを HAR 1.2 ファイルとして書き出します (サポートへの問い合わせやブラウザーの開発者ツール用)</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send to Conversation</source>
        <translation>会話に送信</translation>
    </message>
    <message>
        <source>&amp;Conversation:</source>
        <translation>会話(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>送信者(&amp;A):</translation>
    </message>
    <message>
        <source>system</source>
        <translation>system</translation>
    </message>
    <message>
        <source>The identity the messages are sent as; remembered for this account</source>
        <translation>メッセージを送信する ID。このアカウントごとに記憶されます</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>メッセージ(&amp;M):</translation>
    </message>
    <message>
        <source>Optional text for the first message</source>
        <translation>最初のメッセージに付けるテキスト（任意）</translation>
    </message>
    <message>
        <source>Media:</source>
        <translation>メディア:</translation>
    </message>
    <message>
        <source>Media to send</source>
        <translation>送信するメディア</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>A new language takes effect when MediaDesk starts again.</source>
        <translation>新しい言語は MediaDesk の再起動後に反映されます。</translation>
    </message>
    <message>
        <source>&amp;Parallel transfers:</source>
        <translation>同時転送数(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Download folder:</source>
        <translation>ダウンロードフォルダー(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>プロキシ</translation>
    </message>
    <message>
        <source>&amp;System settings</source>
        <translation>システム設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation>プロキシなし(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>手動(&amp;M)</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>種類(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>ホスト(&amp;H):</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>ポート(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>転送</translation>
    </message>
    <message>
        <source>L&amp;imit uploads to:</source>
        <translation>アップロードの上限(&amp;I):</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> KiB/秒</translation>
    </message>
    <message>
        <source>Limit d&amp;ownloads to:</source>
        <translation>ダウンロードの上限(&amp;O):</translation>
    </message>
    <message>
        <source>For all transfers together. The status bar turns them off and on.</source>
        <translation>すべての転送の合計に適用されます。ステータスバーでオン/オフを切り替えられます。</translation>
    </message>
    <message>
        <source>No&amp;tify me when transfers finish while MediaDesk is in the background</source>
        <translation>MediaDesk が背面にあるとき、転送の完了を通知する(&amp;T)</translation>
    </message>
    <message>
        <source>Show their progress on the launcher i&amp;con</source>
        <translation>ランチャーのアイコンに進捗を表示する(&amp;C)</translation>
    </message>
    <message>
        <source>When a downloaded file e&amp;xists:</source>
        <translation>ダウンロードするファイルが既にあるとき(&amp;X):</translation>
    </message>
</context>
<context>
    <name>Sid</name>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>API Key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Chat Service</source>
        <translation>チャットサービス</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>メディア</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>The %1 SID is empty; it starts with %2 followed by 32 hexadecimal digits.</source>
        <extracomment>%1 is the kind of SID, e.g. &quot;Media&quot;; %2 its two-letter prefix</extracomment>
        <translation>%1 SID が空です。SID は %2 で始まり、その後に 16 進数 32 桁が続きます。</translation>
    </message>
    <message>
        <source>“%1” contains “%2” at position %3; a SID has only hexadecimal digits (0–9, a–f) after %4.</source>
        <extracomment>%3 is a 1-based character position</extracomment>
        <translation>「%1」の %3 文字目に「%2」が含まれています。SID の %4 以降には 16 進数（0–9、a–f）のみ使用できます。</translation>
    </message>
    <message>
        <source>“%1” is a SID of type “%2”, but a SID of type “%3” is needed here (those start with %4).</source>
        <extracomment>%1 the text typed, %2 its kind (&quot;Conversation&quot;), %3 the kind expected, %4 expected prefix</extracomment>
        <translation>「%1」は「%2」の SID です。ここでは「%3」の SID（%4 で始まるもの）が必要です。</translation>
    </message>
    <message>
        <source>%1 SIDs start with %2, but “%3” starts with “%4”.</source>
        <translation>%1 SID は %2 で始まりますが、「%3」は「%4」で始まっています。</translation>
    </message>
    <message>
        <source>%1 SIDs have 34 characters (%2 and 32 hexadecimal digits), but “%3” has %4.</source>
        <translation>%1 SID は 34 文字（%2 と 16 進数 32 桁）ですが、「%3」は %4 文字です。</translation>
    </message>
</context>
<context>
    <name>TemporaryUrlJob</name>
    <message>
        <source>Twilio did not include a temporary link for %1.</source>
        <translation>Twilio から %1 の一時リンクが返されませんでした。</translation>
    </message>
    <message>
        <source>The temporary link Twilio returned has already expired; check that this computer&apos;s clock is correct.</source>
        <translation>Twilio から返された一時リンクはすでに期限切れです。このコンピューターの時計が正しいか確認してください。</translation>
    </message>
</context>
<context>
    <name>TransfersTab</name>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>キャンセル(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>Add F&amp;iles…</source>
        <translation>ファイルを追加(&amp;I)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>削除(&amp;V)</translation>
    </message>
    <message>
        <source>C&amp;lear Finished</source>
        <translation>完了分を消去(&amp;L)</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>転送</translation>
    </message>
    <message>
        <source>Drop files or folders anywhere on this window, paste them, or use Add Files… They go to the Chat Service chosen in the toolbar.</source>
        <translation>ファイルやフォルダーをこのウィンドウのどこかにドロップするか、貼り付けるか、「ファイルを追加…」を使ってください。ツールバーで選んだチャットサービスにアップロードされます。</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
</context>
<context>
    <name>TwilioError</name>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルされました。</translation>
    </message>
    <message>
        <source>MediaDesk tried %1 times.</source>
        <extracomment>appended to an error; %1 is the number of attempts (2 or more)</extracomment>
        <translation>MediaDesk は %1 回試行しました。</translation>
    </message>
    <message>
        <source>Could not reach %1: %2.</source>
        <extracomment>%1 host name, %2 the system&apos;s description of the failure</extracomment>
        <translation>%1 に接続できませんでした: %2。</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Check the network connection and try again.</source>
        <translation>ネットワーク接続を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 stopped responding (%2).</source>
        <translation>%1 が応答しなくなりました（%2）。</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. Check the computer&apos;s date and time, and whether a proxy or firewall is intercepting the connection.</source>
        <translation>%1 へのセキュアな接続に失敗しました: %2。コンピューターの日付と時刻、およびプロキシやファイアウォールが接続を傍受していないかを確認してください。</translation>
    </message>
    <message>
        <source>The proxy failed: %1. Check the proxy settings.</source>
        <translation>プロキシでエラーが発生しました: %1。プロキシ設定を確認してください。</translation>
    </message>
    <message>
        <source>Twilio rejected the credentials (HTTP %1, error %2). Check the Account SID or API Key SID and its secret, and that they belong to the region in use.</source>
        <translation>Twilio が認証情報を拒否しました（HTTP %1、エラー %2）。アカウント SID または API キー SID とそのシークレット、およびそれらが使用中のリージョンに属しているかを確認してください。</translation>
    </message>
    <message>
        <source>Twilio refused access (HTTP %1%2): the account may be suspended or closed, or the key may not have permission. Check the account in the Twilio Console.</source>
        <translation>Twilio がアクセスを拒否しました（HTTP %1%2）。アカウントが停止または閉鎖されているか、キーに権限がない可能性があります。Twilio Console でアカウントを確認してください。</translation>
    </message>
    <message>
        <source>, error %1</source>
        <translation>、エラー %1</translation>
    </message>
    <message>
        <source>Not found (HTTP %1%2): %3 Check the Chat Service SID and the Media SID; media belongs to one service.</source>
        <extracomment>%1 the HTTP status, %2 &quot;, error 20404&quot; or empty, %3 the server&apos;s own sentence</extracomment>
        <translation>見つかりません（HTTP %1%2）: %3 チャットサービス SID とメディア SID を確認してください。メディアは 1 つのサービスに属しています。</translation>
    </message>
    <message>
        <source>Twilio is limiting the request rate (HTTP 429%1).</source>
        <translation>Twilio がリクエストレートを制限しています（HTTP 429%1）。</translation>
    </message>
    <message>
        <source>Wait a minute and try again.</source>
        <translation>1 分ほど待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The file is larger than Twilio accepts (HTTP 413): media can be at most 150 MB.</source>
        <translation>ファイルが Twilio の上限を超えています（HTTP 413）。メディアは最大 150 MB です。</translation>
    </message>
    <message>
        <source>Twilio&apos;s service failed (HTTP %1 %2%3).</source>
        <translation>Twilio のサービスでエラーが発生しました（HTTP %1 %2%3）。</translation>
    </message>
    <message>
        <source>This is usually temporary; try again in a few minutes.</source>
        <translation>通常は一時的な問題です。数分後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>The request failed (HTTP %1 %2).</source>
        <translation>リクエストに失敗しました（HTTP %1 %2）。</translation>
    </message>
    <message>
        <source>Twilio error %1.</source>
        <translation>Twilio エラー %1。</translation>
    </message>
    <message>
        <source>Twilio error 50506: the message named no media. Choose an uploaded file or a Media SID and send again.</source>
        <translation>Twilio エラー 50506: メッセージにメディアが指定されていません。アップロード済みのファイルまたはメディア SID を選んで、もう一度送信してください。</translation>
    </message>
    <message>
        <source>Twilio error 50507: the media was not found in this conversation&apos;s Chat Service. It may belong to another service, or Twilio deleted it because no message carried it within five minutes of the upload; upload the file again and send it at once.</source>
        <translation>Twilio エラー 50507: この会話のチャットサービスにメディアが見つかりません。別のサービスのメディアか、アップロードから 5 分以内にどのメッセージにも添付されなかったため Twilio が削除した可能性があります。ファイルをもう一度アップロードし、すぐに送信してください。</translation>
    </message>
    <message>
        <source>Twilio error 50510: the media cannot go into this message, usually because another message already carries it. Each media goes into one message; upload the file again to send it once more.</source>
        <translation>Twilio エラー 50510: このメディアはこのメッセージに添付できません。通常は別のメッセージにすでに添付されているためです。メディアは 1 つのメッセージにしか添付できません。もう一度送るには、ファイルを再度アップロードしてください。</translation>
    </message>
    <message>
        <source>Twilio error 50511: this conversation does not accept media of this type (for example an SMS or WhatsApp participant). Send a supported image, audio or video type.</source>
        <translation>Twilio エラー 50511: この会話はこの種類のメディアを受け付けません（SMS や WhatsApp の参加者がいる場合など）。対応している画像・音声・動画の形式で送信してください。</translation>
    </message>
    <message>
        <source>Twilio error 50512: the media is too large for this conversation&apos;s participants. Send a smaller file.</source>
        <translation>Twilio エラー 50512: この会話の参加者にとってメディアが大きすぎます。より小さいファイルを送信してください。</translation>
    </message>
</context>
<context>
    <name>UploadIntake</name>
    <message>
        <source>Only files on this computer can be uploaded; “%1” is a web address.</source>
        <translation>アップロードできるのはこのコンピューター上のファイルだけです。「%1」は Web アドレスです。</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>“%1” is not a valid web address.</source>
        <translation>「%1」は有効な Web アドレスではありません。</translation>
    </message>
    <message>
        <source>Refusing plain http to %1: only https is allowed for hosts other than this computer (127.0.0.1, ::1, localhost).</source>
        <extracomment>%1 is a host name</extracomment>
        <translation>%1 への暗号化されていない http 接続を拒否しました。このコンピューター（127.0.0.1、::1、localhost）以外のホストには https のみ使用できます。</translation>
    </message>
    <message>
        <source>“%1” uses the scheme “%2”; only https (or http to this computer) is supported.</source>
        <translation>「%1」はスキーム「%2」を使用しています。サポートされているのは https（またはこのコンピューターへの http）のみです。</translation>
    </message>
    <message>
        <source>A base URL is only scheme, host and port (for example https://mcs.us1.twilio.com), but “%1” has more.</source>
        <translation>ベース URL に指定できるのはスキーム、ホスト、ポートのみです（例: https://mcs.us1.twilio.com）が、「%1」にはそれ以外の部分が含まれています。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop client for Twilio&apos;s Media Content Service</source>
        <translation>Twilio Media Content Service 用デスクトップクライアント</translation>
    </message>
    <message>
        <source>Start the local MCS emulator and open the Sandbox profile.</source>
        <translation>ローカル MCS エミュレーターを起動し、サンドボックスプロファイルを開きます。</translation>
    </message>
    <message>
        <source>Print diagnostics (requests, transfers, library, keychain) to standard error; secrets are never printed.</source>
        <translation>診断情報（リクエスト、転送、ライブラリ、キーチェーン）を標準エラー出力に表示します。シークレットは表示しません。</translation>
    </message>
</context>
<context>
    <name>mediadesk</name>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>すべて選択</translation>
    </message>
</context>
<context>
    <name>mediadesk::AccountDialog</name>
    <message>
        <source>No keychain available</source>
        <translation>キーチェーンを利用できません</translation>
    </message>
    <message>
        <source>Keep the secret in memory for this session only? MediaDesk forgets it when it quits and never writes it to a file.</source>
        <translation>このセッションの間だけシークレットをメモリに保持しますか？ MediaDesk は終了時にシークレットを破棄し、ファイルには書き込みません。</translation>
    </message>
    <message>
        <source>Add Twilio Account</source>
        <translation>Twilio アカウントの追加</translation>
    </message>
    <message>
        <source>Edit Twilio Account</source>
        <translation>Twilio アカウントの編集</translation>
    </message>
    <message>
        <source>United States (us1)</source>
        <translation>米国（us1）</translation>
    </message>
    <message>
        <source>Ireland (ie1)</source>
        <translation>アイルランド（ie1）</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>シークレットを表示</translation>
    </message>
    <message>
        <source>Hide the secret</source>
        <translation>シークレットを隠す</translation>
    </message>
    <message>
        <source>Unchanged (stored in the keychain)</source>
        <translation>変更なし（キーチェーンに保存済み）</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <translation>「%1」という名前のプロファイルはすでに存在します。</translation>
    </message>
    <message>
        <source>API key s&amp;ecret:</source>
        <translation>API キーのシークレット(&amp;E):</translation>
    </message>
    <message>
        <source>Connected. This account has no Chat Services yet.</source>
        <translation>接続しました。このアカウントにはまだチャットサービスがありません。</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n Chat Service(s) found.</source>
        <translation>
            <numerusform>接続しました: %n 件のチャットサービスが見つかりました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <source>Saving the secret in the keychain…</source>
        <translation>シークレットをキーチェーンに保存中…</translation>
    </message>
    <message>
        <source>The sign-in details changed: enter the matching secret again.</source>
        <translation>サインイン情報が変更されました。対応するシークレットをもう一度入力してください。</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>名前を変更しました</translation>
    </message>
    <message>
        <source>The profile was renamed, but the keychain entry under its old name “%1” could not be removed: %2</source>
        <translation>プロファイルの名前は変更されましたが、旧名「%1」のキーチェーン項目を削除できませんでした: %2</translation>
    </message>
    <message>
        <source>Show Secret</source>
        <translation>シークレットを表示</translation>
    </message>
    <message>
        <source>&amp;Auth Token:</source>
        <translation>Auth Token(&amp;A):</translation>
    </message>
</context>
<context>
    <name>mediadesk::AccountStatus</name>
    <message>
        <source>Check TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN, or TWILIO_API_KEY with TWILIO_API_SECRET (an API key&apos;s secret goes with its SK… SID), then start MediaDesk again.</source>
        <translation>TWILIO_ACCOUNT_SID と TWILIO_AUTH_TOKEN、または TWILIO_API_KEY と TWILIO_API_SECRET の組み合わせを確認してから（API キーのシークレットはその SK… の SID と組み合わせます）、MediaDesk を起動し直してください。</translation>
    </message>
    <message>
        <source>Check the API Key SID (SK…) and its secret — an Auth Token does not go with an API key — and that the key belongs to this account and to region %1.</source>
        <extracomment>%1 the region, e.g. us1</extracomment>
        <translation>API キー SID（SK…）とそのシークレットを確認してください（Auth Token は API キーとは組み合わせられません）。また、そのキーがこのアカウントとリージョン %1 のものであることも確認してください。</translation>
    </message>
    <message>
        <source>Check the Account SID (AC…) and its Auth Token — an API key&apos;s secret does not go with an Account SID — and that the account works in region %1.</source>
        <translation>アカウント SID（AC…）とその Auth Token を確認してください（API キーのシークレットはアカウント SID とは組み合わせられません）。また、そのアカウントがリージョン %1 で利用できることも確認してください。</translation>
    </message>
    <message>
        <source>Twilio refused this account&apos;s credentials (HTTP %1, error %2). %3</source>
        <extracomment>%1 the HTTP status, %2 Twilio&apos;s error code, %3 what to check</extracomment>
        <translation>Twilio はこのアカウントの認証情報を拒否しました（HTTP %1、エラー %2）。%3</translation>
    </message>
    <message>
        <source>The Chat Services could not be loaded: %1</source>
        <translation>チャットサービスを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>MediaDesk never writes secrets to files; you can enter the secret for this session only.</source>
        <translation>MediaDesk はシークレットをファイルに書き込みません。このセッションの間だけ使うシークレットを入力できます。</translation>
    </message>
    <message>
        <source>Credentials refused</source>
        <translation>認証情報が拒否されました</translation>
    </message>
    <message>
        <source>Access refused</source>
        <translation>アクセスが拒否されました</translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation>接続できません</translation>
    </message>
    <message>
        <source>Proxy failed</source>
        <translation>プロキシのエラー</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>安全な接続に失敗しました</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>キーチェーンがありません</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Chat Services not loaded</source>
        <translation>チャットサービス未読み込み</translation>
    </message>
    <message>
        <source>&amp;Edit Account…</source>
        <translation>アカウントを編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Enter &amp;Secret for This Session…</source>
        <translation>このセッションのシークレットを入力(&amp;S)…</translation>
    </message>
    <message>
        <source>Settin&amp;gs…</source>
        <translation>設定(&amp;G)…</translation>
    </message>
    <message>
        <source>Tr&amp;y Again</source>
        <translation>再試行(&amp;Y)</translation>
    </message>
</context>
<context>
    <name>mediadesk::AccountSwitcher</name>
    <message>
        <source>Environment (TWILIO_*)</source>
        <translation>環境変数（TWILIO_*）</translation>
    </message>
    <message>
        <source>Credentials from the TWILIO_* environment variables; never saved</source>
        <translation>TWILIO_* 環境変数から取得した認証情報（保存されません）</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>サンドボックス</translation>
    </message>
    <message>
        <source>Add Twilio Account…</source>
        <translation>Twilio アカウントを追加…</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>アカウントの削除</translation>
    </message>
    <message>
        <source>Remove the profile “%1” and delete its secret from the system keychain? The Twilio account itself is not affected.</source>
        <translation>プロファイル「%1」を削除し、そのシークレットをシステムのキーチェーンから削除しますか？ Twilio アカウント自体には影響しません。</translation>
    </message>
    <message>
        <source>The profile was kept.</source>
        <translation>プロファイルは残してあります。</translation>
    </message>
    <message>
        <source>Secret for This Session</source>
        <translation>このセッション用のシークレット</translation>
    </message>
    <message>
        <source>Secret for “%1” (kept in memory until MediaDesk quits):</source>
        <translation>「%1」のシークレット（MediaDesk の終了までメモリに保持されます）:</translation>
    </message>
</context>
<context>
    <name>mediadesk::ApiClient</name>
    <message>
        <source>The certificate file %1 (%2) cannot be read: %3.</source>
        <translation>証明書ファイル %1 (%2) を読み込めません: %3。</translation>
    </message>
    <message>
        <source>The certificate file %1 (%2) holds no PEM certificate.</source>
        <translation>証明書ファイル %1 (%2) に PEM 形式の証明書がありません。</translation>
    </message>
    <message>
        <source>this computer&apos;s TLS library (%1) cannot check a certificate against the system&apos;s authorities, so with %2 set only the servers that file vouches for are trusted</source>
        <extracomment>%1 the TLS library&apos;s name as Qt gives it (&quot;schannel&quot;, &quot;securetransport&quot;, &quot;cert-only&quot;), %2 MEDIADESK_CA_FILE</extracomment>
        <translation>このコンピューターの TLS ライブラリ (%1) は証明書をシステムの認証局と照合できないため、%2 が設定されているときは、そのファイルが保証するサーバーだけを信頼します</translation>
    </message>
</context>
<context>
    <name>mediadesk::ApiReply</name>
    <message>
        <source>no data for %1 seconds</source>
        <translation>%1 秒間データを受信していません</translation>
    </message>
    <message>
        <source>the connection closed after %1 of %2 bytes</source>
        <translation>%2 バイト中 %1 バイトの時点で接続が閉じられました</translation>
    </message>
    <message>
        <source>The server&apos;s reply is larger than expected (over %1 MB).</source>
        <translation>サーバーの応答が想定より大きすぎます（%1 MB 超）。</translation>
    </message>
    <message>
        <source>The server sent a redirect (HTTP %1) without a target.</source>
        <translation>サーバーがリダイレクト先のないリダイレクト（HTTP %1）を送信しました。</translation>
    </message>
    <message>
        <source>Stopped after %1 redirects: the server keeps sending MediaDesk elsewhere.</source>
        <translation>%1 回リダイレクトされたため中止しました。サーバーが MediaDesk を別の場所へ転送し続けています。</translation>
    </message>
    <message>
        <source>Refused a redirect from a secure (https) address to an insecure one (%1).</source>
        <translation>安全な（https）アドレスから安全でないアドレス（%1）へのリダイレクトを拒否しました。</translation>
    </message>
    <message>
        <source>%1 accepted the request (HTTP %2) but its reply was cut off (%3), so it may have been created. Check before trying again.</source>
        <translation>%1 はリクエストを受け付けました（HTTP %2）が、応答が途中で切れた（%3）ため、作成済みの可能性があります。再試行する前に確認してください。</translation>
    </message>
    <message>
        <source>redirect</source>
        <translation>リダイレクト</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>%1 回目の試行</translation>
    </message>
    <message>
        <source>no complete reply within %1 seconds</source>
        <translation>%1 秒以内に応答が完了しませんでした</translation>
    </message>
    <message>
        <source>MediaDesk refused to send the header “%1”: its name or value holds a control character, which could end the header line and add headers nobody asked for.</source>
        <translation>ヘッダー「%1」の送信を拒否しました。名前または値に制御文字が含まれており、ヘッダー行を終わらせて、誰も求めていないヘッダーを追加できてしまうためです。</translation>
    </message>
    <message>
        <source>%1 announced a length that is not a number of bytes (Content-Length: %2); the reply was not used.</source>
        <translation>%1 がバイト数ではない長さを通知しました（Content-Length: %2）。この応答は使用しませんでした。</translation>
    </message>
    <message>
        <source>fewer than %1 bytes moved in %2 seconds</source>
        <translation>%2 秒間に転送されたのが %1 バイト未満でした</translation>
    </message>
</context>
<context>
    <name>mediadesk::ConflictDialog</name>
    <message>
        <source>“%1” is already in “%2”.</source>
        <translation>「%1」は「%2」に既にあります。</translation>
    </message>
    <message>
        <source>The file there: %1, changed %2.</source>
        <translation>既存のファイル: %1、更新 %2。</translation>
    </message>
    <message>
        <source>The media: %1.</source>
        <translation>メディア: %1。</translation>
    </message>
    <message>
        <source>Saves the media as “%1” and leaves the file there alone</source>
        <translation>メディアを「%1」として保存し、既存のファイルはそのままにします</translation>
    </message>
    <message>
        <source>Replaces the file there once every byte of the media has arrived</source>
        <translation>メディアをすべて受信してから既存のファイルを置き換えます</translation>
    </message>
</context>
<context>
    <name>mediadesk::ConversationExportJob</name>
    <message>
        <source>Twilio no longer has %1 (“%2”), which the message lists; it may have been deleted.</source>
        <translation>メッセージに含まれる %1（「%2」）は Twilio にもうありません。削除された可能性があります。</translation>
    </message>
    <message>
        <source>“%1” (%2) was not saved: %3</source>
        <translation>「%1」（%2）は保存されませんでした: %3</translation>
    </message>
</context>
<context>
    <name>mediadesk::ConversationMediaModel</name>
    <message>
        <source>Message %1 (#%2)
%3</source>
        <extracomment>%1 the message&apos;s SID, %2 its index in the conversation, %3 its body</extracomment>
        <translation>メッセージ %1（#%2）
%3</translation>
    </message>
    <message>
        <source>(no file name)</source>
        <translation>（ファイル名なし）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>送信者</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Media SID</source>
        <translation>メディア SID</translation>
    </message>
</context>
<context>
    <name>mediadesk::ConversationPicker</name>
    <message>
        <source>Choose a conversation, or type its SID (CH…)</source>
        <translation>会話を選ぶか、SID（CH…）を入力してください</translation>
    </message>
    <message>
        <source>Loading conversations…</source>
        <translation>会話を読み込んでいます…</translation>
    </message>
    <message numerus="yes">
        <source>Loading conversations… (%n so far)</source>
        <translation>
            <numerusform>会話を読み込んでいます…（%n 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>The conversations could not be loaded: %1 You can still type a conversation SID.</source>
        <translation>会話を読み込めませんでした: %1 会話 SID を直接入力することはできます。</translation>
    </message>
    <message>
        <source>No conversation matches “%1”.</source>
        <translation>「%1」に一致する会話はありません。</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>会話</translation>
    </message>
</context>
<context>
    <name>mediadesk::ConversationsPresenter</name>
    <message>
        <source>Fetching a fresh temporary link…</source>
        <translation>新しい一時リンクを取得しています…</translation>
    </message>
    <message>
        <source>This computer has no program to open the link with. Use Copy Temporary Link in Details and paste it into a browser.</source>
        <translation>このコンピューターにはリンクを開くプログラムがありません。「詳細」の「一時リンクをコピー」を使い、ブラウザーに貼り付けてください。</translation>
    </message>
    <message>
        <source>Opened %1 through a fresh temporary link.</source>
        <translation>新しい一時リンクで %1 を開きました。</translation>
    </message>
    <message numerus="yes">
        <source>Loading conversations… (%n so far)</source>
        <translation>
            <numerusform>会話を読み込んでいます…（%n 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>The conversations could not be loaded.</source>
        <translation>会話を読み込めませんでした。</translation>
    </message>
    <message>
        <source>Choose an account and a Chat Service.</source>
        <translation>アカウントとチャットサービスを選んでください。</translation>
    </message>
    <message>
        <source>This service has no conversations yet. Media sent into a conversation are listed here.</source>
        <translation>このサービスにはまだ会話がありません。会話に送信されたメディアがここに表示されます。</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n 件の会話</numerusform>
        </translation>
    </message>
    <message>
        <source>The conversations could not be loaded: %1</source>
        <translation>会話を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Choose a conversation to see the media its messages carry.</source>
        <translation>会話を選ぶと、そのメッセージに添付されたメディアが表示されます。</translation>
    </message>
    <message>
        <source>Reading the messages stopped: %1</source>
        <translation>メッセージの読み込みが中断しました: %1</translation>
    </message>
    <message>
        <source>%1 %2, of %3</source>
        <extracomment>%1 &quot;N media&quot;, %2 &quot;in M messages&quot;, %3 &quot;of K messages read&quot;</extracomment>
        <translation>%1（%2、%3中）</translation>
    </message>
    <message numerus="yes">
        <source>%n media</source>
        <translation>
            <numerusform>メディア %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n message(s)</source>
        <translation>
            <numerusform>%n 件のメッセージ内</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) read</source>
        <translation>
            <numerusform>読み込んだメッセージ %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading messages… (%n read)</source>
        <translation>
            <numerusform>メッセージを読み込んでいます…（%n 件読み込み済み）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — reading more…</source>
        <translation>%1 — さらに読み込んでいます…</translation>
    </message>
    <message numerus="yes">
        <source>No message in this conversation carries media (%n message(s) read).</source>
        <translation>
            <numerusform>この会話にはメディアが添付されたメッセージがありません（読み込んだメッセージ %n 件）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — every message read.</source>
        <translation>%1 — すべてのメッセージを読み込みました。</translation>
    </message>
    <message>
        <source>%1 — scroll down for older messages.</source>
        <translation>%1 — 古いメッセージを表示するには下へスクロールしてください。</translation>
    </message>
</context>
<context>
    <name>mediadesk::ConversationsTab</name>
    <message>
        <source>Download…</source>
        <translation>ダウンロード…</translation>
    </message>
    <message>
        <source>Copy Media SID</source>
        <translation>メディア SID をコピー</translation>
    </message>
    <message>
        <source>Copy Message SID</source>
        <translation>メッセージ SID をコピー</translation>
    </message>
</context>
<context>
    <name>mediadesk::DownloadJob</name>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>フォルダー「%1」は存在しません。</translation>
    </message>
    <message>
        <source>“%1” is a folder.</source>
        <translation>「%1」はフォルダーです。</translation>
    </message>
    <message>
        <source>“%1” already exists; it was left untouched.</source>
        <translation>「%1」はすでに存在するため、変更していません。</translation>
    </message>
    <message>
        <source>“%1” is a symbolic link; MediaDesk never saves through one. Remove it or choose another name.</source>
        <translation>「%1」はシンボリックリンクです。MediaDesk はシンボリックリンク越しには保存しません。リンクを削除するか、別の名前を選んでください。</translation>
    </message>
    <message>
        <source>The server sent more than the %1 bytes the media has.</source>
        <translation>サーバーがメディアのサイズ（%1 バイト）を超えるデータを送ってきました。</translation>
    </message>
    <message>
        <source>The download of %1 sent more than the %2 bytes the media has; nothing was saved.</source>
        <translation>%1 のダウンロードでメディアのサイズ（%2 バイト）を超えるデータが送られてきました。何も保存していません。</translation>
    </message>
    <message>
        <source>%1 sent a part of the media other than the rest that was asked for (Content-Range: %2).</source>
        <translation>%1 は、要求した残りの部分とは異なるメディアの部分を送ってきました(Content-Range: %2)。</translation>
    </message>
    <message>
        <source>The download of %1 was incomplete (%2 of %3 bytes); the file was not saved. Try again.</source>
        <translation>%1 のダウンロードは不完全でした(%3 バイト中 %2 バイト)。ファイルは保存されていません。もう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 sent the content encoded (%2) although MediaDesk asked for it as it is; it was not saved.</source>
        <translation>MediaDesk はそのままの内容を要求しましたが、%1 はエンコードされた内容(%2)を送ってきました。保存していません。</translation>
    </message>
</context>
<context>
    <name>mediadesk::FileUploadDevice</name>
    <message>
        <source>Could not open “%1”: %2.</source>
        <translation>「%1」を開けませんでした: %2。</translation>
    </message>
    <message>
        <source>“%1” was moved or deleted while it was being sent; nothing was stored.</source>
        <translation>送信中に「%1」が移動または削除されました。何も保存されていません。</translation>
    </message>
    <message>
        <source>“%1” changed while it was being sent; nothing was stored. Upload it again once it is complete.</source>
        <translation>送信中に「%1」が変更されました。何も保存されていません。ファイルが完成してから、もう一度アップロードしてください。</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2.</source>
        <translation>「%1」を読み取れませんでした: %2。</translation>
    </message>
    <message>
        <source>“%1” became shorter while it was being sent; nothing was stored.</source>
        <translation>送信中に「%1」のサイズが小さくなりました。何も保存されていません。</translation>
    </message>
    <message>
        <source>Could not read “%1”.</source>
        <translation>「%1」を読み取れませんでした。</translation>
    </message>
</context>
<context>
    <name>mediadesk::KeychainJob</name>
    <message>
        <source>The keychain did not answer within %1 seconds. Make sure it is running and unlocked.</source>
        <translation>キーチェーンが %1 秒以内に応答しませんでした。キーチェーンが起動していて、ロックが解除されていることを確認してください。</translation>
    </message>
    <message>
        <source>No secret is stored in the keychain for the profile “%1”. Log in again to store it.</source>
        <translation>プロファイル「%1」のシークレットがキーチェーンに保存されていません。もう一度ログインして保存してください。</translation>
    </message>
    <message>
        <source>Access to the keychain was refused, so the secret for “%1” could not be used. Allow MediaDesk when the keychain asks.</source>
        <translation>キーチェーンへのアクセスが拒否されたため、「%1」のシークレットを使用できませんでした。キーチェーンから確認を求められたら、MediaDesk を許可してください。</translation>
    </message>
    <message>
        <source>The keychain denied access (%1). Unlock it and try again.</source>
        <translation>キーチェーンがアクセスを拒否しました（%1）。ロックを解除して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The keychain could not delete the secret for “%1” (%2).</source>
        <translation>キーチェーンから「%1」のシークレットを削除できませんでした（%2）。</translation>
    </message>
    <message>
        <source>No keychain is available (%1). MediaDesk keeps secrets only in the system keychain: start and unlock GNOME Keyring, KWallet or another Secret Service.</source>
        <translation>キーチェーンを利用できません（%1）。MediaDesk はシークレットをシステムのキーチェーンにのみ保管します。GNOME Keyring、KWallet、またはその他の Secret Service を起動してロックを解除してください。</translation>
    </message>
    <message>
        <source>The keychain failed: %1.</source>
        <translation>キーチェーンでエラーが発生しました: %1。</translation>
    </message>
    <message>
        <source>No proxy password is stored in the keychain.</source>
        <translation>キーチェーンにプロキシのパスワードは保存されていません。</translation>
    </message>
    <message>
        <source>Access to the keychain was refused, so the proxy password could not be used. Allow MediaDesk when the keychain asks.</source>
        <translation>キーチェーンへのアクセスが拒否されたため、プロキシのパスワードを使用できませんでした。キーチェーンから確認されたら MediaDesk を許可してください。</translation>
    </message>
    <message>
        <source>The keychain could not delete the proxy password (%1).</source>
        <translation>キーチェーンからプロキシのパスワードを削除できませんでした（%1）。</translation>
    </message>
</context>
<context>
    <name>mediadesk::LibraryModel</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 バイト</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>ファイル名</translation>
    </message>
    <message>
        <source>Media SID</source>
        <translation>メディア SID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>アップロード日時</translation>
    </message>
    <message>
        <source>Chat Service</source>
        <translation>チャットサービス</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
</context>
<context>
    <name>mediadesk::LibraryTab</name>
    <message>
        <source>Everything uploaded from this computer, by MediaDesk and mediadesk-cli.</source>
        <translation>このコンピューターから MediaDesk と mediadesk-cli でアップロードしたすべてのファイルです。</translation>
    </message>
    <message numerus="yes">
        <source>%n upload(s)</source>
        <translation>
            <numerusform>%n 件のアップロード</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 件一致</numerusform>
        </translation>
    </message>
    <message>
        <source>Show Details</source>
        <translation>詳細を表示</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>ダウンロード…</translation>
    </message>
    <message>
        <source>Copy Media SID</source>
        <translation>メディア SID をコピー</translation>
    </message>
    <message>
        <source>Copy Message SID</source>
        <translation>メッセージ SID をコピー</translation>
    </message>
    <message numerus="yes">
        <source>Download %n to the Download Folder</source>
        <translation>
            <numerusform>%n 件をダウンロードフォルダーにダウンロード</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mediadesk::MainWindow</name>
    <message>
        <source>Account:</source>
        <translation>アカウント:</translation>
    </message>
    <message>
        <source>The Twilio account (profile) to work with</source>
        <translation>使用する Twilio アカウント（プロファイル）</translation>
    </message>
    <message>
        <source>Chat Service:</source>
        <translation>チャットサービス:</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>サンドボックス</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境変数</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>アカウントなし</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>アカウント: %1</translation>
    </message>
    <message>
        <source>Region: local sandbox</source>
        <translation>リージョン: ローカルサンドボックス</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>リージョン: %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>サンドボックスを起動中…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>MediaDesk</source>
        <translation>MediaDesk</translation>
    </message>
    <message>
        <source>%1 — MediaDesk</source>
        <translation>%1 — MediaDesk</translation>
    </message>
    <message>
        <source>Proxy Password</source>
        <translation>プロキシのパスワード</translation>
    </message>
    <message>
        <source>Download Media</source>
        <translation>メディアをダウンロード</translation>
    </message>
    <message>
        <source>Choose an account first, then download again.</source>
        <translation>先にアカウントを選んでから、もう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>Downloading %1 to “%2”.</source>
        <translation>%1 を「%2」にダウンロードしています。</translation>
    </message>
    <message numerus="yes">
        <source>Transfers finished: %n done.</source>
        <translation>
            <numerusform>転送が終わりました: %n 件完了。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select uploads that no message carries yet, in Transfers or the Library, then send them.</source>
        <translation>「転送」または「ライブラリ」で、まだメッセージに添付されていないアップロードを選んでから送信してください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sending to a conversation&lt;/b&gt; — files you drop or add are uploaded and sent to %1 as messages from %2.</source>
        <extracomment>%1 the conversation, %2 the author the messages are sent as</extracomment>
        <translation>&lt;b&gt;会話に送信中&lt;/b&gt; — ドロップまたは追加したファイルはアップロードされ、%2 からのメッセージとして %1 に送信されます。</translation>
    </message>
    <message>
        <source>Send To…</source>
        <translation>送信先…</translation>
    </message>
    <message>
        <source>Download All Media To</source>
        <translation>すべてのメディアのダウンロード先</translation>
    </message>
    <message>
        <source>Download Selected Messages&apos; Media To</source>
        <translation>選択したメッセージのメディアのダウンロード先</translation>
    </message>
    <message>
        <source>Exporting the media of “%1” to “%2”.</source>
        <translation>「%1」のメディアを「%2」に書き出しています。</translation>
    </message>
    <message>
        <source>Transfers finished: %1 done, %2 failed or refused.</source>
        <extracomment>&quot;failed&quot; covers transfers refused before they started too</extracomment>
        <translation>転送が終わりました: 完了 %1 件、失敗または拒否 %2 件。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Loading Chat Services…</source>
        <translation>チャットサービスを読み込んでいます…</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Transfers finished</source>
        <translation>転送が終わりました</translation>
    </message>
    <message>
        <source>Transfers finished, some failed</source>
        <translation>転送が終わりました (一部失敗)</translation>
    </message>
    <message numerus="yes">
        <source>%n done.</source>
        <translation>
            <numerusform>完了 %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 done, %2 failed or refused.</source>
        <translation>完了 %1 件、失敗または拒否 %2 件。</translation>
    </message>
    <message>
        <source>Select media in the Library, or look one up in Details, then download.</source>
        <translation>ライブラリでメディアを選択するか、詳細でメディアを検索してから、ダウンロードしてください。</translation>
    </message>
    <message>
        <source>MediaDesk could not create the download folder “%1”. Choose another in Settings.</source>
        <translation>MediaDesk はダウンロードフォルダー「%1」を作成できませんでした。設定で別のフォルダーを選んでください。</translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n media to “%1”.</source>
        <translation>
            <numerusform>%n 件のメディアを「%1」にダウンロードしています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: the file was there already.</source>
        <translation>
            <numerusform>%n 件はファイルが既にあるためスキップしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n belong to a service this account does not have: open its account to download them.</source>
        <translation>
            <numerusform>%n 件はこのアカウントにないサービスのものです。ダウンロードするにはそのアカウントを開いてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The rest were not downloaded.</source>
        <translation>残りはダウンロードしていません。</translation>
    </message>
</context>
<context>
    <name>mediadesk::MediaDetailsModel</name>
    <message>
        <source>absent — %1</source>
        <extracomment>a field the reply did not contain; %1 says what that means</extracomment>
        <translation>なし（キーがない）— %1</translation>
    </message>
    <message>
        <source>not in Twilio&apos;s reply</source>
        <translation>Twilio の応答に含まれていません</translation>
    </message>
    <message>
        <source>null — %1</source>
        <extracomment>a field the reply sent as JSON null; %1 says what that means</extracomment>
        <translation>null — %1</translation>
    </message>
    <message>
        <source>The reply has no “%1” key.</source>
        <translation>応答に「%1」キーがありません。</translation>
    </message>
    <message>
        <source>The reply has “%1”: null.</source>
        <translation>応答の「%1」は null です。</translation>
    </message>
    <message>
        <source>no date given</source>
        <translation>日付がありません</translation>
    </message>
    <message>
        <source>%1 UTC (sent as %2)</source>
        <extracomment>%1 the date in UTC (ISO 8601), %2 the text Twilio sent</extracomment>
        <translation>%1 UTC（送信された値: %2）</translation>
    </message>
    <message>
        <source>not attached to a message yet</source>
        <translation>まだメッセージに添付されていません</translation>
    </message>
    <message>
        <source>Media SID</source>
        <translation>メディア SID</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 the size in human units (e.g. &quot;1.5 MB&quot;), %2 the exact byte count</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Chat Service</source>
        <translation>チャットサービス</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>no account given</source>
        <translation>アカウントの指定がありません</translation>
    </message>
    <message>
        <source>MCS usually leaves the account out</source>
        <translation>MCS は通常アカウントを含めません</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <source>Upload updated</source>
        <translation>アップロード更新日時</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 バイト</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>サイズ不明</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>コンテンツの種類</translation>
    </message>
    <message>
        <source>no type given</source>
        <translation>種類の指定がありません</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>ファイル名</translation>
    </message>
    <message>
        <source>uploaded without a file name</source>
        <translation>ファイル名なしでアップロードされました</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>no author recorded</source>
        <translation>作成者の記録がありません</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリー</translation>
    </message>
    <message>
        <source>no category given</source>
        <translation>カテゴリーの指定がありません</translation>
    </message>
    <message>
        <source>older media have none; it means “media”</source>
        <translation>古いメディアにはありません。「media」を意味します</translation>
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
        <source>Multipart upstream</source>
        <translation>マルチパート アップストリーム</translation>
    </message>
    <message>
        <source>means no</source>
        <translation>「いいえ」を意味します</translation>
    </message>
    <message>
        <source>Resource URL</source>
        <translation>リソース URL</translation>
    </message>
    <message>
        <source>no address given</source>
        <translation>アドレスの指定がありません</translation>
    </message>
    <message>
        <source>Content link</source>
        <translation>コンテンツのリンク</translation>
    </message>
    <message>
        <source>temporary link, valid until %1</source>
        <translation>一時リンク、%1 まで有効</translation>
    </message>
    <message>
        <source>temporary link, expiry unknown</source>
        <translation>一時リンク、有効期限不明</translation>
    </message>
    <message>
        <source>Temporary link</source>
        <translation>一時リンク</translation>
    </message>
    <message>
        <source>none offered; content comes through the content link</source>
        <translation>提供されていません。コンテンツはコンテンツのリンクから取得します</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>not attached to a message; its five minutes are over, but Twilio still has it</source>
        <translation>メッセージに添付されていません。5 分間の期限は過ぎましたが、Twilio にはまだ残っています</translation>
    </message>
    <message>
        <source>not attached to a message yet; deleted in %1 unless sent</source>
        <extracomment>%1 minutes:seconds left</extracomment>
        <translation>送信しないとあと %1 で削除（まだメッセージに未添付）</translation>
    </message>
</context>
<context>
    <name>mediadesk::MediaDetailsPanel</name>
    <message>
        <source>The Media JSON is on the clipboard.</source>
        <translation>Media JSON をクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>値をコピー</translation>
    </message>
    <message>
        <source>Copy Field Name</source>
        <translation>項目名をコピー</translation>
    </message>
</context>
<context>
    <name>mediadesk::MediaDetailsPresenter</name>
    <message>
        <source>“%1” (%2)</source>
        <extracomment>%1 a Chat Service&apos;s name, %2 its SID</extracomment>
        <translation>「%1」（%2）</translation>
    </message>
    <message>
        <source>Choose an account first; then press Enter to look %1 up.</source>
        <translation>先にアカウントを選んでください。その後 Enter キーで %1 を検索します。</translation>
    </message>
    <message>
        <source>Choose a Chat Service in the toolbar to look %1 up.</source>
        <translation>%1 を検索するには、ツールバーで チャットサービス を選んでください。</translation>
    </message>
    <message>
        <source>Press Enter to look %1 up in %2.</source>
        <translation>Enter キーを押すと %2 で %1 を検索します。</translation>
    </message>
    <message>
        <source>the pasted address</source>
        <translation>貼り付けたアドレス</translation>
    </message>
    <message>
        <source>the pasted JSON</source>
        <translation>貼り付けた JSON</translation>
    </message>
    <message>
        <source>Found %1 in %2. Press Enter to look it up in %3.</source>
        <extracomment>%1 the Media SID, %2 &quot;the pasted address&quot; or &quot;the pasted JSON&quot;, %3 the service</extracomment>
        <translation>%2 に %1 が見つかりました。Enter キーを押すと %3 で検索します。</translation>
    </message>
    <message>
        <source>Choose an account first, then look %1 up again.</source>
        <translation>先にアカウントを選んでから、もう一度 %1 を検索してください。</translation>
    </message>
    <message>
        <source>Choose a Chat Service in the toolbar, then look %1 up again.</source>
        <translation>ツールバーで チャットサービス を選んでから、もう一度 %1 を検索してください。</translation>
    </message>
    <message>
        <source>%1 Trying again (attempt %2)…</source>
        <translation>%1 再試行しています（%2 回目）…</translation>
    </message>
    <message>
        <source>There is no media %1 in the Chat Service %2. Check the Media SID, or choose the service it was uploaded to in the toolbar.</source>
        <translation>チャットサービス %2 にメディア %1 はありません。メディア SID を確認するか、アップロード先のサービスをツールバーで選んでください。</translation>
    </message>
    <message>
        <source>Looking %1 up in %2…</source>
        <translation>%2 で %1 を検索しています…</translation>
    </message>
    <message>
        <source>%1 in %2, as Twilio returned it just now.</source>
        <translation>%2 の %1（Twilio がたった今返した内容）。</translation>
    </message>
    <message>
        <source>No preview for %1. Use Open Content to view it with another program.</source>
        <translation>%1 はプレビューできません。「コンテンツを開く」で別のプログラムで表示してください。</translation>
    </message>
    <message>
        <source>this type</source>
        <translation>この種類</translation>
    </message>
    <message>
        <source>This image is too large to preview here (%1). Use Open Content to view it.</source>
        <translation>この画像は大きすぎてここではプレビューできません（%1）。「コンテンツを開く」で表示してください。</translation>
    </message>
    <message>
        <source>Twilio gave no link to the content, so there is nothing to preview.</source>
        <translation>Twilio がコンテンツへのリンクを返さなかったため、プレビューできません。</translation>
    </message>
    <message>
        <source>Loading the preview…</source>
        <translation>プレビューを読み込んでいます…</translation>
    </message>
    <message>
        <source>The preview could not be loaded: %1</source>
        <translation>プレビューを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>The image could not be decoded (%1); it may be damaged or in a format this computer cannot show.</source>
        <translation>画像をデコードできませんでした（%1）。壊れているか、このコンピューターで表示できない形式の可能性があります。</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <extracomment>%1 × %2 the image&apos;s width and height in pixels</extracomment>
        <translation>%1 × %2 ピクセル</translation>
    </message>
    <message>
        <source>The whole text.</source>
        <translation>テキスト全体です。</translation>
    </message>
    <message>
        <source>The beginning of the text (%1 of %2).</source>
        <translation>テキストの先頭部分です（%2 のうち %1）。</translation>
    </message>
    <message>
        <source>Fetching a fresh temporary link…</source>
        <translation>新しい一時リンクを取得しています…</translation>
    </message>
    <message>
        <source>This computer has no program to open the link with. Use Copy Temporary Link and paste it into a browser.</source>
        <translation>このコンピューターにはリンクを開くプログラムがありません。「一時リンクをコピー」を使い、ブラウザーに貼り付けてください。</translation>
    </message>
    <message>
        <source>Opened a fresh temporary link, valid until %1.</source>
        <translation>新しい一時リンクを開きました（%1 まで有効）。</translation>
    </message>
    <message>
        <source>A fresh temporary link is on the clipboard. Twilio did not say when it expires; it usually lasts five minutes.</source>
        <translation>新しい一時リンクをクリップボードにコピーしました。Twilio は有効期限を示していませんが、通常は 5 分間有効です。</translation>
    </message>
    <message>
        <source>A fresh temporary link is on the clipboard. It expires in %1 (at %2).</source>
        <extracomment>%1 minutes:seconds left, %2 the local time it expires</extracomment>
        <translation>新しい一時リンクをクリップボードにコピーしました。あと %1 で期限切れになります（%2）。</translation>
    </message>
    <message>
        <source>The copied link expired at %1 and was taken off the clipboard. Copy a fresh one when you need it.</source>
        <translation>コピーしたリンクは %1 に期限切れになったため、クリップボードから削除しました。必要なときに新しいリンクをコピーしてください。</translation>
    </message>
    <message>
        <source>The copied link expired at %1. Copy a fresh one when you need it.</source>
        <translation>コピーしたリンクは %1 に期限切れになりました。必要なときに新しいリンクをコピーしてください。</translation>
    </message>
    <message>
        <source>“%1” waits for a free transfer slot…</source>
        <translation>「%1」は転送の空きを待っています…</translation>
    </message>
    <message>
        <source>Downloading “%1”… %2%</source>
        <translation>「%1」をダウンロードしています… %2%</translation>
    </message>
    <message>
        <source>Downloading “%1”…</source>
        <translation>「%1」をダウンロードしています…</translation>
    </message>
    <message>
        <source>Saved as “%1”.</source>
        <translation>「%1」として保存しました。</translation>
    </message>
</context>
<context>
    <name>mediadesk::MediaSetJob</name>
    <message>
        <source>Twilio&apos;s MediaSet reply could not be read (%1).</source>
        <translation>Twilio の MediaSet の応答を読み取れませんでした（%1）。</translation>
    </message>
    <message>
        <source>not a JSON array</source>
        <translation>JSON 配列ではありません</translation>
    </message>
</context>
<context>
    <name>mediadesk::OverviewTab</name>
    <message>
        <source>Starting the sandbox…</source>
        <translation>サンドボックスを起動中…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <source>Loading the account&apos;s Chat Services…</source>
        <translation>アカウントのチャットサービスを読み込み中…</translation>
    </message>
    <message>
        <source>This account has no Chat Services. Create one in the Twilio Console, or enter a Chat Service SID in the toolbar.</source>
        <translation>このアカウントにはチャットサービスがありません。Twilio Console で作成するか、ツールバーにチャットサービス SID を入力してください。</translation>
    </message>
    <message>
        <source>(not in the account&apos;s list)</source>
        <translation>（アカウントの一覧にありません）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Environment (TWILIO_* variables)</source>
        <translation>環境変数（TWILIO_* 変数）</translation>
    </message>
    <message>
        <source>Sandbox (local emulator)</source>
        <translation>サンドボックス（ローカルエミュレーター）</translation>
    </message>
    <message>
        <source>API key %1 of %2</source>
        <translation>%2 の API キー %1</translation>
    </message>
    <message>
        <source>from the environment</source>
        <translation>環境変数から</translation>
    </message>
</context>
<context>
    <name>mediadesk::PagedListJob</name>
    <message>
        <source>Twilio&apos;s list reply has no “%1” array.</source>
        <translation>Twilio の一覧応答に「%1」配列がありません。</translation>
    </message>
    <message>
        <source>Twilio&apos;s next page points to another host (%1); MediaDesk stopped there rather than send your credentials elsewhere.</source>
        <translation>Twilio の次のページが別のホスト（%1）を指しています。認証情報を別の場所へ送信しないよう、MediaDesk はそこで停止しました。</translation>
    </message>
    <message>
        <source>Stopped after %1 pages of results.</source>
        <translation>結果を %1 ページ取得した時点で停止しました。</translation>
    </message>
</context>
<context>
    <name>mediadesk::PreviewJob</name>
    <message>
        <source>The preview has all the bytes it shows.</source>
        <translation>プレビューに必要なバイトはすべて受け取りました。</translation>
    </message>
</context>
<context>
    <name>mediadesk::QueueState</name>
    <message>
        <source>The upload queue cannot be saved, so a restart would lose it: %1</source>
        <translation>アップロードキューを保存できません。このままでは再起動するとキューが失われます: %1</translation>
    </message>
    <message>
        <source>The saved upload queue cannot be read: %1</source>
        <translation>保存されたアップロードキューを読み込めません: %1</translation>
    </message>
    <message>
        <source>The saved upload queue “%1” is damaged (%2) and could not be moved aside (%3); it is left as it is, and this session&apos;s queue is not saved over it.</source>
        <translation>保存されたアップロードキュー「%1」が壊れており（%2）、別名に退避できませんでした（%3）。ファイルはそのまま残し、このセッションのキューで上書きしません。</translation>
    </message>
    <message>
        <source>The saved upload queue is damaged (%1); it was kept as “%2”.</source>
        <translation>保存されたアップロードキューが壊れています（%1）。「%2」として残してあります。</translation>
    </message>
    <message>
        <source>The folder for the upload queue cannot be created.</source>
        <translation>アップロードキュー用のフォルダーを作成できません。</translation>
    </message>
</context>
<context>
    <name>mediadesk::RequestLogModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>メソッド</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>%1 local time
%2 UTC</source>
        <translation>%1 (ローカル時刻)
%2 (UTC)</translation>
    </message>
</context>
<context>
    <name>mediadesk::RequestLogWindow</name>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>2xx success</source>
        <translation>2xx 成功</translation>
    </message>
    <message>
        <source>3xx redirect</source>
        <translation>3xx リダイレクト</translation>
    </message>
    <message>
        <source>4xx refused</source>
        <translation>4xx 拒否</translation>
    </message>
    <message>
        <source>5xx server error</source>
        <translation>5xx サーバーエラー</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>curl としてコピー(&amp;U)</translation>
    </message>
    <message>
        <source>MediaDesk could not write “%1”: %2</source>
        <translation>MediaDesk は「%1」を書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Export the Requests as HAR</source>
        <translation>リクエストを HAR として書き出す</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n request(s) to %1.</source>
        <translation>
            <numerusform>%n 件のリクエストを %1 に書き出しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s) shown</source>
        <translation>
            <numerusform>%n 件中 %1 件を表示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n 件のリクエスト</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mediadesk::SandboxProcess</name>
    <message>
        <source>The sandbox server (mediadesk-emulator) was not found next to MediaDesk or in its installation folder. Reinstall MediaDesk.</source>
        <translation>サンドボックスサーバー（mediadesk-emulator）が MediaDesk と同じ場所にもインストールフォルダーにも見つかりませんでした。MediaDesk を再インストールしてください。</translation>
    </message>
    <message>
        <source>The sandbox cannot keep its data in “%1”: the folder cannot be created.</source>
        <translation>サンドボックスのデータを「%1」に保存できません。フォルダーを作成できません。</translation>
    </message>
    <message>
        <source>The sandbox server could not be started: %1.</source>
        <translation>サンドボックスサーバーを起動できませんでした: %1。</translation>
    </message>
    <message>
        <source>The sandbox server did not start within %1 seconds.</source>
        <translation>サンドボックスサーバーが %1 秒以内に起動しませんでした。</translation>
    </message>
    <message>
        <source>The sandbox server answered something unexpected: %1</source>
        <translation>サンドボックスサーバーから予期しない応答がありました: %1</translation>
    </message>
    <message>
        <source>The sandbox server stopped unexpectedly (it crashed).</source>
        <translation>サンドボックスサーバーが予期せず停止しました（クラッシュしました）。</translation>
    </message>
    <message>
        <source>The sandbox server stopped unexpectedly (exit code %1); another program may hold its data folder.</source>
        <translation>サンドボックスサーバーが予期せず停止しました（終了コード %1）。別のプログラムがデータフォルダーを使用している可能性があります。</translation>
    </message>
</context>
<context>
    <name>mediadesk::SendCoordinator</name>
    <message>
        <source>Choose an account and a Chat Service first.</source>
        <translation>先にアカウントとチャットサービスを選んでください。</translation>
    </message>
    <message>
        <source>Choose an account first, then send again.</source>
        <translation>先にアカウントを選んでから、もう一度送信してください。</translation>
    </message>
    <message>
        <source>The selected files belong to different Chat Services; a conversation takes media from its own service only. Send them service by service.</source>
        <translation>選択したファイルは異なるチャットサービスに属しています。会話には同じサービスのメディアしか送れません。サービスごとに送信してください。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n file(s) to %1.</source>
        <translation>
            <numerusform>%n 件のファイルを %1 に送信しています。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mediadesk::SendDialog</name>
    <message>
        <source>Send to Conversation</source>
        <translation>会話に送信</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>送信(&amp;S)</translation>
    </message>
    <message>
        <source>Send Dropped Files to a Conversation</source>
        <translation>ドロップしたファイルを会話に送信</translation>
    </message>
    <message>
        <source>From now on, every file you drop or add is uploaded and then sent to this conversation as its own message, until you stop it.</source>
        <translation>これ以降、ドロップまたは追加したファイルはすべてアップロードされ、止めるまで 1 件ずつメッセージとしてこの会話に送信されます。</translation>
    </message>
    <message>
        <source>Send &amp;There</source>
        <translation>ここに送信(&amp;T)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>%1 characters typed, %2 the limit (1600)</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 / %2 — too long for one message</source>
        <translation>%1 / %2 — 1 件のメッセージには長すぎます</translation>
    </message>
    <message>
        <source>Each file goes into the conversation as a message of its own. Twilio deletes uploads that no message carries five minutes after the upload.</source>
        <translation>ファイルは 1 件ずつ個別のメッセージとして会話に送られます。どのメッセージにも添付されていないアップロードは、アップロードから 5 分後に Twilio が削除します。</translation>
    </message>
</context>
<context>
    <name>mediadesk::ServiceList</name>
    <message>
        <source>The Chat Services could not be loaded: %1</source>
        <translation>チャットサービスを読み込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>mediadesk::ServicePicker</name>
    <message>
        <source>Choose a Chat Service</source>
        <translation>チャットサービスを選択</translation>
    </message>
    <message>
        <source>The Chat Service to work with. Type to search by name or SID.</source>
        <translation>使用するチャットサービスです。名前または SID を入力して検索できます。</translation>
    </message>
    <message>
        <source>Reload the list of Chat Services</source>
        <translation>チャットサービスの一覧を再読み込み</translation>
    </message>
    <message>
        <source>Loading Chat Services…</source>
        <translation>チャットサービスを読み込み中…</translation>
    </message>
    <message numerus="yes">
        <source>Loading Chat Services… (%n so far)</source>
        <translation>
            <numerusform>チャットサービスを読み込み中…（現在 %n 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter SID…</source>
        <translation>SID を入力…</translation>
    </message>
    <message>
        <source>Use a Chat Service that is not in this list</source>
        <translation>この一覧にないチャットサービスを使用</translation>
    </message>
    <message>
        <source>Enter a Chat Service SID</source>
        <translation>チャットサービス SID の入力</translation>
    </message>
    <message>
        <source>Chat Service SID (IS…):</source>
        <translation>チャットサービス SID（IS…）:</translation>
    </message>
    <message>
        <source>Reload Chat Services</source>
        <translation>チャットサービスを再読み込み</translation>
    </message>
    <message>
        <source>Chat Service</source>
        <translation>チャットサービス</translation>
    </message>
    <message>
        <source>Type to search by name or SID</source>
        <translation>名前または SID を入力して検索</translation>
    </message>
    <message>
        <source>Problem with the Chat Services</source>
        <translation>チャットサービスの問題</translation>
    </message>
    <message>
        <source>Chat Services not loaded</source>
        <translation>チャットサービス未読み込み</translation>
    </message>
</context>
<context>
    <name>mediadesk::Session</name>
    <message>
        <source>The profile “%1” no longer exists.</source>
        <translation>プロファイル「%1」はもう存在しません。</translation>
    </message>
</context>
<context>
    <name>mediadesk::SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>SOCKS5</source>
        <translation>SOCKS5</translation>
    </message>
    <message>
        <source>The proxy password is kept in the system keychain. The sandbox never uses a proxy.</source>
        <translation>プロキシのパスワードはシステムのキーチェーンに保管されます。サンドボックスはプロキシを使用しません。</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>Unchanged (stored in the keychain)</source>
        <translation>変更なし（キーチェーンに保存済み）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Download Folder</source>
        <translation>ダウンロードフォルダー</translation>
    </message>
    <message>
        <source>Enter the whole path of the folder, not a path relative to another one.</source>
        <translation>別のフォルダーからの相対パスではなく、フォルダーの完全なパスを入力してください。</translation>
    </message>
    <message>
        <source>This folder does not exist (it may have been removed, or its drive is not connected). Until it is back, downloads are offered in “%1”.</source>
        <extracomment>%1 the folder offered instead</extracomment>
        <translation>このフォルダーは存在しません（削除されたか、ドライブが接続されていない可能性があります）。元に戻るまで、ダウンロード先には「%1」を提案します。</translation>
    </message>
    <message>
        <source>Ask each time</source>
        <translation>毎回確認する</translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation>置き換える</translation>
    </message>
    <message>
        <source>Keep both (save as “name (2)”)</source>
        <translation>両方残す (「名前 (2)」として保存)</translation>
    </message>
    <message>
        <source>Skip the media</source>
        <translation>メディアをスキップする</translation>
    </message>
</context>
<context>
    <name>mediadesk::SpeedLimitButton</name>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>↑ %1</source>
        <extracomment>the upload limit in the status bar</extracomment>
        <translation>↑ %1</translation>
    </message>
    <message>
        <source>↓ %1</source>
        <extracomment>the download limit in the status bar</extracomment>
        <translation>↓ %1</translation>
    </message>
    <message>
        <source>Limit &amp;Speed</source>
        <translation>速度を制限(&amp;S)</translation>
    </message>
    <message>
        <source>No speed limit</source>
        <translation>速度制限なし</translation>
    </message>
    <message>
        <source>Transfers go as fast as the connection allows. Click to set upload and download limits in Settings.</source>
        <translation>転送は回線が許す限りの速度で行われます。クリックすると、設定でアップロードとダウンロードの上限を指定できます。</translation>
    </message>
    <message>
        <source>Limited: %1</source>
        <extracomment>%1 the limits, such as &quot;↑ 2.0 MiB/s ↓ 5.0 MiB/s&quot;</extracomment>
        <translation>制限中: %1</translation>
    </message>
    <message>
        <source>All transfers together are held to these speeds. Click to lift the limits for now.</source>
        <translation>すべての転送の合計がこの速度に抑えられています。クリックすると、制限を一時的に解除します。</translation>
    </message>
    <message>
        <source>Not limited</source>
        <translation>制限解除中</translation>
    </message>
    <message>
        <source>The speed limits are off. Click to hold transfers to %1 again.</source>
        <extracomment>%1 the limits, such as &quot;↑ 2.0 MiB/s ↓ 5.0 MiB/s&quot;</extracomment>
        <translation>速度制限はオフです。クリックすると、再び %1 に抑えます。</translation>
    </message>
</context>
<context>
    <name>mediadesk::TransferModel</name>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Retrying (attempt %1)</source>
        <translation>再試行中（%1 回目）</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>アップロード中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>送信不可</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Media SID</source>
        <translation>メディア SID</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>ダウンロード中</translation>
    </message>
    <message>
        <source>Download to %1</source>
        <translation>%1 へのダウンロード</translation>
    </message>
    <message>
        <source>Upload of %1</source>
        <translation>%1 のアップロード</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>送信中</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>%1 へ</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>%1 It is message #%2 there.</source>
        <extracomment>%1 what happened, %2 the message&apos;s index in its conversation</extracomment>
        <translation>%1 会話内のメッセージ番号は #%2 です。</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>書き出し中</translation>
    </message>
    <message>
        <source>Export of the media of conversation %1 into %2</source>
        <translation>会話 %1 のメディアの %2 への書き出し</translation>
    </message>
    <message numerus="yes">
        <source>%n media</source>
        <translation>
            <numerusform>メディア %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>A message carrying %1 (%2) into conversation %3</source>
        <translation>%1（%2）を会話 %3 に届けるメッセージ</translation>
    </message>
    <message>
        <source>Message to %1</source>
        <extracomment>a transfer row that sends an uploaded media into a conversation</extracomment>
        <translation>%1 へのメッセージ</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
</context>
<context>
    <name>mediadesk::TransferQueue</name>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルされました。</translation>
    </message>
    <message>
        <source>Uploaded as %1, but Twilio no longer has it: %2 Retry uploads the file again and sends it.</source>
        <extracomment>%1 the Media SID, %2 why the message failed</extracomment>
        <translation>%1 としてアップロードしましたが、Twilio にはもうありません: %2 再試行すると、ファイルをアップロードし直して送信します。</translation>
    </message>
    <message>
        <source>Uploaded as %1, but the message could not be sent: %2 Retry sends the message again without uploading.</source>
        <translation>%1 としてアップロードしましたが、メッセージを送信できませんでした: %2 再試行すると、アップロードし直さずにメッセージを送信します。</translation>
    </message>
    <message>
        <source>Paused. When resumed, the upload starts again from its first byte: Twilio takes a media in one request.</source>
        <extracomment>The state of a paused upload, in the transfer list</extracomment>
        <translation>一時停止中です。再開すると、アップロードは最初のバイトからやり直します(Twilio はメディアを 1 回のリクエストで受け取るためです)。</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>一時停止中です。</translation>
    </message>
</context>
<context>
    <name>mediadesk::TransfersTab</name>
    <message>
        <source>Add Files to Upload</source>
        <translation>アップロードするファイルを追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message numerus="yes">
        <source>%n uploading</source>
        <translation>
            <numerusform>アップロード中 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n downloading</source>
        <translation>
            <numerusform>ダウンロード中 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sending</source>
        <translation>
            <numerusform>送信中 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>待機中 %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>フォルダーに表示</translation>
    </message>
    <message>
        <source>Show Details</source>
        <translation>詳細を表示</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>ダウンロード…</translation>
    </message>
    <message>
        <source>Copy Media SID</source>
        <translation>メディア SID をコピー</translation>
    </message>
    <message>
        <source>Copy Media JSON</source>
        <translation>メディア JSON をコピー</translation>
    </message>
    <message>
        <source>Copy Message JSON</source>
        <translation>メッセージの JSON をコピー</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Choose a Chat Service first</source>
        <translation>先にチャットサービスを選択してください</translation>
    </message>
    <message>
        <source>Drop to upload to %1 and send to %2</source>
        <translation>ドロップすると %1 にアップロードし、%2 に送信します</translation>
    </message>
    <message>
        <source>Drop to upload to %1</source>
        <translation>ドロップすると %1 にアップロードします</translation>
    </message>
    <message>
        <source>Choose an account and a Chat Service first, then add the files again.</source>
        <translation>先にアカウントとチャットサービスを選択してから、もう一度ファイルを追加してください。</translation>
    </message>
    <message>
        <source>Upload a Folder</source>
        <translation>フォルダーのアップロード</translation>
    </message>
    <message numerus="yes">
        <source>The dropped folders hold %n file(s). Upload them all?</source>
        <translation>
            <numerusform>ドロップしたフォルダーには %n 個のファイルがあります。すべてアップロードしますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted image %1.png</source>
        <translation>貼り付けた画像 %1.png</translation>
    </message>
    <message>
        <source>The pasted image could not be saved for uploading.</source>
        <translation>貼り付けた画像をアップロード用に保存できませんでした。</translation>
    </message>
    <message>
        <source>The clipboard holds no files or image to upload.</source>
        <translation>クリップボードにアップロードできるファイルや画像がありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n exporting</source>
        <translation>
            <numerusform>書き出し中 %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>フォルダーを開く</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>再開(&amp;U)</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Pause &amp;All</source>
        <translation>すべて一時停止(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Resume A&amp;ll</source>
        <translation>すべて再開(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>一時停止中 %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mediadesk::UploadJob</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>「%1」は存在しません。</translation>
    </message>
    <message>
        <source>“%1” is a folder; upload the files inside it instead.</source>
        <translation>「%1」はフォルダーです。代わりにフォルダー内のファイルをアップロードしてください。</translation>
    </message>
    <message>
        <source>“%1” is not a regular file.</source>
        <translation>「%1」は通常のファイルではありません。</translation>
    </message>
    <message>
        <source>“%1” cannot be read: permission denied.</source>
        <translation>「%1」を読み取れません: アクセス権がありません。</translation>
    </message>
    <message>
        <source>“%1” is empty; Twilio does not accept empty media.</source>
        <translation>「%1」は空です。Twilio は空のメディアを受け付けません。</translation>
    </message>
    <message>
        <source>“%1” is %2 bytes, more than the 150 MiB (%3 bytes) Twilio accepts for one media file.</source>
        <extracomment>%2 the file&apos;s size in bytes, %3 the limit in bytes (both with digit grouping)</extracomment>
        <translation>「%1」は %2 バイトで、Twilio が 1 つのメディアファイルに受け付ける上限 150 MiB（%3 バイト）を超えています。</translation>
    </message>
    <message>
        <source>“%1” is not a content type; write it as type/subtype, e.g. image/png.</source>
        <translation>「%1」はコンテンツタイプではありません。image/png のように type/subtype の形で書いてください。</translation>
    </message>
    <message>
        <source>“%1” changed since it was queued; it was not sent. Add it again to upload the new version.</source>
        <translation>「%1」はキューに追加された後に変更されたため、送信しませんでした。新しい版をアップロードするには、もう一度追加してください。</translation>
    </message>
</context>
</TS>
