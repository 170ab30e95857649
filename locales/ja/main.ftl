# ESS Academy — 日本語のインターフェース（英語からの翻訳）。
# キーはページごとにまとめられています。マークアップを含むキーには "(HTML)" と記され、エスケープされずに表示されます。

## The layout (base.html)
site-name = ESS Academy
site-tagline = 環境サステナビリティ・スペシャリゼーション
skip-to-content = 本文へスキップ
nav-main = メイン
nav-courses = コース
nav-admin = 管理
nav-my-company = 自社
nav-my-training = 受講状況
nav-account = アカウント
nav-log-out = ログアウト
nav-log-in = ログイン
nav-register = 登録
search-label = コースを検索
search-button = 検索
language-label = 言語
language-change = 変更
footer-text = ESS Academy：チャネルパートナー向けの環境サステナビリティ・スペシャリゼーションのトレーニングと認定。
footer-takeback = Takeback インセンティブ

## Forms (macros.html)
form-error-prefix = エラー：
form-check-fields = 確認が必要な項目があります。下のメッセージをご確認ください。
country-label = 国
country-choose = 国を選択してください
form-show-password = 表示
form-hide-password = 非表示
form-copied = コピーしました
form-bad-credentials = このメールアドレスとパスワードに一致するアカウントはありません。両方を確認してもう一度お試しいただくか、パスワードを再設定してください。
form-too-many-requests = 試行回数が多すぎます。{ $seconds ->
   *[other] { $seconds } 秒
  }待ってから、もう一度お試しください。

## Home page
home-title = 環境サステナビリティ・スペシャリゼーションを取得しましょう
home-eyebrow = ベンダーのチャネルパートナーの皆さまへ
home-heading = 環境サステナビリティのスペシャリストになりましょう
home-lead = 循環型 IT の仕組みを学びます。機器の引き取り（Takeback）、Refresh、省エネルギーなネットワーク、お客様との対話までを扱います。15 時間未満のトレーニングと 2 つの試験で、お客様が確認できる認定を取得でき、貴社の認定取得にもつながります。
home-continue = トレーニングを続ける
home-start = トレーニングを始める
home-syllabus = シラバスを見る
home-why = 貴社にとっての意義
home-accreditation = パートナー認定
home-accreditation-text = 社員が認定を取得したパートナーはスペシャリゼーションの認定パートナーとなり、スペシャリゼーションのロゴと公開の確認ページでお客様にそれを示すことができます。
home-takeback = Takeback インセンティブ
# (HTML)
home-takeback-text = 認定パートナーは、参加国において、リフレッシュまたは移行の案件で Takeback 案件として登録された新製品に対し、最大 7% の追加割引を受けられます。旧機器の引き取りは無料です。<a href="/takeback">案件を試算する</a>。
home-conversations = 新たな対話の機会
home-conversations-text = サステナビリティ部門や調達部門が新たな購買決定者になっています。RFP の質問に自信を持って回答し、お客様が旧機器を責任を持って処分できるよう支援しましょう。
home-how = 取得の流れ
# (HTML)
home-step-register = 証明書に記載する氏名で<strong>登録します</strong>。
# (HTML)
home-step-study = ブラウザで、ご自身のペースで<strong>モジュールを学習します</strong>。合計 15 時間未満です。
# (HTML)
home-step-exams = ランダム出題・制限時間付きの<strong>2 つの試験に合格します</strong>。
# (HTML)
home-step-kit = <strong>認定キットをダウンロードします</strong>：証明書、バッジ、メール署名、マーケティング用の文面が含まれます。

## Log in
login-title = ログイン
login-email = メールアドレス
login-password = パスワード
login-submit = ログイン
login-forgot = パスワードをお忘れですか？
login-new-here = 初めてですか？
login-create-account = アカウントを作成

## Register
register-title = 登録
register-heading = アカウントを作成
# (HTML) $partner is escaped by the page before it is placed here.
register-invited = <strong>{ $partner }</strong> から招待されています。アカウントは同社のチームに参加し、上長はあなたの進捗を確認できます（回答は表示されません）。
register-intro = トレーニングを始めるには、勤務先のメールアドレスで登録してください。
register-name = 氏名
register-name-hint = 証明書に記載する表記で、ご自身の文字で入力してください。120 文字以内です。
register-email = 勤務先のメールアドレス
register-company = 会社名
register-password = パスワード
register-password-hint = 10～128 文字です。関連のない単語をいくつか組み合わせると強力なパスワードになります。
register-submit = アカウントを作成
register-already = 登録済みですか？

## Forgotten password
forgot-title = パスワードの再設定
# (HTML) $email is escaped by the page before it is placed here.
forgot-sent = <strong>{ $email }</strong> を使用しているアカウントがある場合、新しいパスワードを設定するためのリンクを送信しました。リンクの有効期限は 1 時間で、1 回のみ使用できます。
forgot-back = ログインに戻る
forgot-intro = アカウントのメールアドレスを入力してください。新しいパスワードを設定するためのリンクをお送りします。
forgot-submit = リンクを送信

## Durations (of study, of an exam)
duration-minutes = { $minutes }分
duration-hours = { $hours }時間
duration-hours-minutes = { $hours }時間{ $minutes }分

## Dates and numbers: a date as the language writes it in full, and a percentage
date-long = { $year }年{ $month }{ $day }日
month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月
percent = { $value }%

## Problems (API problem documents and error pages): `detail`, field messages and the page's heading.
problem-not-found = そのページまたはリソースが見つかりませんでした。
problem-unauthorized = 続けるにはログインしてください。
problem-bad-credentials = このメールアドレスとパスワードに一致するアカウントがありません。両方を確認して再試行するか、パスワードを再設定してください。
problem-validation = 確認が必要な項目があります。
problem-payload-too-large = リクエスト本文が上限の { $kib } KiB を超えています。
problem-method-not-allowed = このアドレスは { $method } に応答しません。応答するのは { $allow } です。
problem-too-many-requests = 試行回数が多すぎます。{ $seconds } 秒待ってから再試行してください。
problem-unexpected = こちら側で問題が発生しました。しばらくしてから再試行してください。
problem-json-content-type = 本文は Content-Type: application/json の JSON で送信してください。
problem-json-invalid = 本文が有効な JSON ではありません: { $reason }
problem-upload-unreadable = アップロードされたファイルを読み取れませんでした: { $reason }。
problem-heartbeat-csrf = セッション Cookie を使うハートビートには CSRF トークンが必要です。
problem-form-expired = このフォームは有効期限が切れています。前のページに戻り、再読み込みしてからもう一度送信してください。
problem-form-expired-or-blocked = このフォームの有効期限が切れたか、ブラウザーが Cookie をブロックしました。前のページに戻り、再読み込みしてからもう一度送信してください。
problem-csrf-header = このリクエストはセッション Cookie を使用しているため、X-CSRF-Token ヘッダーが必要です（または Authorization: Bearer を使用してください）。
problem-partner-not-accredited = 貴社はまだ認定されていません。十分な人数の社員が認定を取得すると、証明書が発行されます。
problem-title-not-found = 見つかりません
problem-title-unauthorized = ログインしていません
problem-title-bad-credentials = ログインに失敗しました
problem-title-forbidden = 許可されていません
problem-title-validation = 入力内容が正しくありません
problem-title-conflict = 競合
problem-title-bad-request = 不正なリクエスト
problem-title-payload-too-large = リクエストが大きすぎます
problem-title-unsupported-media-type = サポートされていないメディアタイプ
problem-title-method-not-allowed = 許可されていないメソッド
problem-title-too-many-requests = 試行回数が多すぎます
problem-title-internal = 予期しないエラー
field-unreadable = この値を読み取れませんでした: { $reason }
field-no-nul = テキストに NUL 文字（U+0000）は使用できません。
field-queue-state = queued、sent、failing のいずれかを指定してください。
field-expiry-after-issue = 有効期限は発行日より後にしてください。
field-expiry-within = 有効期限は今日から { $years } 年以内で指定してください。
field-lang-offered = 提供されている言語から選択してください。
field-one-of-languages = 次のいずれかを選択してください: { $codes }。
field-search-empty = 単語または数字で検索してください。
field-check-choose = まず回答を選択してください。
field-check-choose-one = 回答を 1 つだけ選択してください。
field-exam-choose-one = この問題の選択肢を 1 つだけ選択してください。
field-role = learner、partner_manager、programme_admin のいずれかを選択してください。
field-invitation-invalid = この招待リンクは無効です。担当マネージャーに新しいリンクを依頼してください。
