# ESS Academy — プログラム管理者向けページ、日本語（英語からの翻訳）。

## Translations of a course
tr-admin = 管理
tr-title = 翻訳
tr-lead = 各言語のコースファイルは translations/<lang>/ にあります。翻訳は、作成時のバージョンから原文が変わっていない間は最新です。古くなった箇所や未翻訳の箇所では、受講者には英語が表示されます。
tr-none = このコースには翻訳が宣言されていません。course.toml に [translations] languages = ["es"] を追加してください。
tr-complete = 完成
tr-incomplete = 未完成
tr-counts = 最新 { $current } 件、要更新 { $stale } 件、未翻訳 { $missing } 件
tr-todo = 未対応
tr-file = ファイル
tr-state = 状態
tr-actions = 操作
tr-translate = 翻訳する
tr-modules = モジュール
tr-state-current = 最新
tr-state-stale = 要更新
tr-state-missing = 未翻訳
tr-files-hint = 問題、キット、コースのテキストはそれぞれのファイルで翻訳します。ファイルをインポートするか、ここでモジュールを編集してください。
tr-editor-box = このモジュールの翻訳

## The translation editor
tred-title = 翻訳：{ $language }
tred-source = 公開リビジョン r{ $revision } から作成
tred-edit-source = 原文を編集
tred-stale = この翻訳の作成後に原文が変更されました。翻訳を更新してから保存してください。それまでは受講者に英語が表示されます。
tred-saved = 保存しました。この言語で閲覧する受講者には、この翻訳が表示されます。
tred-source-heading = 原文（英語）
tred-source-markdown = 原文の Markdown
tred-field-title = タイトル
tred-field-objectives = 学習目標
tred-objectives-hint = 1 行に 1 つずつ、原文と同じ順序で入力してください（{ $count ->
   *[other] { $count } 個
  }）。
tred-field-summary = シラバス用の 1 行の要約
tred-field-markdown = コンテンツ（Markdown）
tred-markdown-hint = 原文の構成を保ってください。理解度チェックは同じ ID のまま、選択肢は同じ順序で同じ正解のまま、画像も同じものを使います。
tred-save = 翻訳を保存
tred-preview = プレビュー

## Dates and words shared by the admin pages
admin-date-time = { $date } { $time } UTC
admin-yes = はい
admin-no = いいえ
admin-none = なし。
admin-cancel = キャンセル
admin-retry-now = 今すぐ再試行
admin-col-action = 操作
admin-col-queued = キュー登録日時
admin-col-tries = 試行回数
admin-form-expired = このフォームの有効期限が切れました。前のページに戻り、ページを再読み込みしてから、もう一度送信してください。
admin-certificate-pdf = 証明書 PDF

## The admin home and a course (admin/index.html, admin/course.html)
admin-title = プログラム管理
admin-lead = モジュールを Markdown で作成し、受講者に表示されるとおりにプレビューして公開します。すべてのリビジョンが保存されます。
admin-link-people = ユーザー：進捗と免除
admin-name-corrections = 氏名の訂正
admin-outbox = メール送信キュー
admin-xapi = xAPI ステートメント
admin-partners = パートナー
admin-reports = レポート
admin-lti = 学習プラットフォーム（LTI）
admin-course-meta = 公開モジュール { $count ->
   *[other] { $count } 件
  } · 学習時間 { $total }（上限は 15 時間）
admin-manage-modules = モジュールを管理
admin-view-as-learner = 受講者として表示
# (HTML)
admin-no-courses = <code>courses/</code> にコースのフォルダーを置いて再起動するか、<code>ess-academy import</code> を実行してください。
admin-course-title = { $course } · モジュール
admin-course-lead = 公開モジュール { $count ->
   *[other] { $count } 件
  }、学習時間 { $total }。上限は 15 時間です。
admin-col-minutes = 分
admin-retired = 公開終了
admin-published-revision = 公開中 r{ $number }
admin-draft-revision = 下書き r{ $number }
admin-move-up = { $module } を上へ移動
admin-move-down = { $module } を下へ移動
admin-bring-back = 元に戻す
admin-retire = 公開終了
admin-retired-hint = 公開を終了したモジュールは受講者に表示されなくなります。そのモジュールでの進捗は保持されます。
admin-exam-line = { $questions } 問 · { $minutes } 分 · { $percent }
admin-item-statistics = 問題ごとの統計
# (HTML)
admin-exams-hint = 問題バンクは <code>courses/…/exams/</code> で作成します。<code>ess-academy check</code> で検証し、次回の起動時にインポートされます。
admin-add-module = モジュールを追加
admin-slug = スラッグ（モジュールのアドレス）
# (HTML)
admin-slug-hint = 小文字の単語をハイフンでつなぎます（例：<code>takeback-basics</code>）。
admin-write-module = 新しいモジュールを作成
admin-upload-image = 画像をアップロード
# (HTML)
admin-upload-text = PNG または JPEG、2 MiB まで。モジュールでは <code>![画像の説明](../assets/name.png)</code> のように使います。
admin-image-file = 画像ファイル
admin-upload = アップロード
admin-course-images = このコースの画像
admin-notice-uploaded = 画像をアップロードしました。
admin-notice-moved = 並び順を保存しました。
admin-notice-retired = モジュールの公開を終了しました。受講者には表示されなくなりますが、進捗は保持されます。
admin-notice-restored = モジュールをコースに戻しました。
admin-notice-published = 公開しました。受講者には新しいバージョンが表示されます。
admin-notice-saved = 下書きを保存しました。受講者には引き続き公開中のバージョンが表示されます。
admin-notice-unchanged = 前回のリビジョンから変更はありません。
admin-upload-not-image = アップロードできるのは PNG、JPEG、SVG の画像のみです。このファイルはいずれにも当てはまりません。
# $reason is what the SVG checker found, in English.
admin-upload-bad-svg = この SVG は使用できません：{ $reason }。

## The module editor (admin/editor.html) and its preview script (static/js/editor.js)
admin-new-module = 新しいモジュール
admin-edit-title = { $title } を編集
admin-edit-module = モジュールを編集
admin-editing-revision = リビジョン { $number } を編集中
admin-published-as = 公開中：r{ $number }
admin-not-published = 未公開
admin-is-draft = これは下書きです
admin-field-minutes = 推定学習時間（分）
admin-field-minutes-hint = 5～180。すべてのモジュールの合計は 15 時間未満に収めます。
admin-field-minutes-number = 分は 45 のような整数で入力してください。
admin-objectives-hint = 1 行に 1 つずつ、それぞれ動詞で始めます（「説明する…」「挙げる…」）。
# (HTML)
admin-markdown-hint = <code>## </code> の見出しから始めます。表、脚注、タスクリスト、<code>&gt; [!NOTE]</code>、<code>[!TIP]</code>、<code>[!WARNING]</code> の注記が使えます。モジュールへのリンクは <code>04-slug.md</code>、画像は代替テキスト付きで <code>../assets/name.png</code> のように指定します。
admin-field-note = 変更内容（履歴用）
admin-save-draft = 下書きを保存
admin-publish = 公開
admin-notice-preview = これはプレビューです。まだ何も保存されていません。
admin-preview-typing = 入力中…
admin-preview-updating = 更新中…
admin-preview-done = 最新
admin-preview-failed = プレビューを表示できません。「プレビュー」ボタンを使ってください

## Revisions (admin/history.html, admin/revision.html)
admin-history-title = { $module } の履歴
admin-revision-history = リビジョン履歴
admin-col-revision = リビジョン
admin-col-when = 日時
admin-col-who = 作成者
admin-col-summary = 概要
admin-course-files = コースファイル
admin-published = 公開中
admin-draft = 下書き
admin-view-compare = 表示して比較
admin-revision-title = { $module } のリビジョン { $number }
admin-revision-heading = リビジョン { $number }：{ $title }
admin-restore = 新しい下書きリビジョンとして復元
admin-changes-since = このリビジョンから最新（r{ $number }）までの変更
admin-no-differences = 差分はありません。
admin-as-learners-saw-it = 受講者に表示された内容
admin-notice-revision-restored = 新しい下書きリビジョンとして復元しました。公開するにはエディターを開いてください。

## Item statistics of an exam (admin/statistics.html)
admin-statistics-title = 統計：{ $exam }
admin-statistics = 統計
admin-statistics-heading = { $exam }：問題ごとの統計
admin-graded-attempts = 採点済みの受験 { $count ->
   *[other] { $count } 件
  }
# $score is written by the page ("72%").
admin-mean-score = 平均点 { $score }
admin-alpha = クロンバックの α ≈ { $alpha }（ランダム出題の試験用の推定値）
admin-download-csv = CSV をダウンロード
admin-col-question = 問題
admin-col-facility = 正答率
admin-col-discrimination = 識別力
admin-col-choices = 選択肢ごとの選択数
admin-col-flags = 注意
admin-no-graded-attempts = 採点済みの受験はまだありません。
admin-statistics-hint = 正答率は正解した回答の割合です（0.95 を超える場合と 0.2 を下回る場合に注意を表示）。識別力はその問題と試験のほかの問題との相関です（0.1 を下回る場合に注意を表示）。選択肢ごとの選択数はファイルの順序どおりで、* は正解の選択肢を示します。
admin-flag-too-easy = 易しすぎる
admin-flag-too-hard = 難しすぎるか、正解の設定が誤っている
admin-flag-no-discrimination = 識別力がない

## Knowledge checks of a course (learning/checks.html)
admin-checks = 理解度チェック
admin-course = コース
admin-checks-lead = 各チェックに 1 回目で正解した受講者の数です。割合が最も低いものは、モジュールまたはチェックを見直すべき箇所を示しています。チェックが採点されることはありません。
admin-as-json = JSON で表示
admin-no-checks = 公開中のモジュールには、まだ理解度チェックがありません。
admin-col-check = チェック
admin-col-answered = 回答数
admin-col-first-try = 1 回目で正解

## People (admin/users.html, admin/user.html)
admin-people = ユーザー
admin-find-person = メールアドレスまたは氏名でユーザーを検索
admin-nobody-matches = 「{ $query }」に一致するユーザーはいません。
admin-user-progress = 必須モジュール { $required } 件中 { $done } 件完了 · 学習時間 { $active } 分（目安 { $estimated } 分）
admin-training-complete = トレーニング修了
admin-col-active = 学習時間
admin-col-needed = 必要時間
admin-exempt-title = 免除を認める
admin-exempt-text = 既習内容の認定：そのモジュール、またはトレーニング全体を修了済みとして扱います。理由はあなたの名前と日付とともに保存されます。
admin-whole-training = トレーニング全体
admin-exempt-reason-hint = 例：ベンダーの以前のサステナビリティ資格（2024 年）を保有。
admin-exempt-submit = 免除を記録
admin-accommodation-title = 試験の配慮
admin-accommodation-text = 追加時間（制限時間に対する割合）と追加の受験回数のいずれか、または両方を、理由とともに認めます。
admin-accommodation-exam = { $exam }（受験 { $used } 回、残り { $left } 回）
admin-extra-time = 追加時間（%）
admin-extra-attempts = 追加の受験回数
admin-accommodation-submit = 配慮を記録
admin-exemptions = 免除
admin-exemption-when-by = { $date }、{ $name }
admin-membership-title = ロールとパートナー
admin-membership-text = 1 人が所属できるパートナー企業は 1 社までです。移動はすべて記録されます。パートナー管理者は、自分が所属するパートナーを管理します。
admin-no-partner = なし（登録時に入力された会社名：{ $company }）
admin-membership-submit = ロールとパートナーを保存
admin-erase-link = このアカウントを削除…
admin-erase-link-hint = （本人からの依頼をほかの方法で受けた場合）
admin-notice-exempted = 免除を記録しました。
admin-notice-accommodated = 配慮を記録しました。
admin-notice-membership-saved = ロールとパートナーを保存しました。移動は記録されています。
admin-field-whole-numbers = 整数を入力してください。
admin-field-exemption-reason = 免除の理由を 1～{ $max } 文字で入力してください。
admin-field-extra-time = 追加時間は 0～{ $max }% で入力してください。
admin-field-extra-attempts = 追加の受験回数は 0～{ $max } 回で入力してください。
admin-field-accommodation-empty = 追加時間、追加の受験回数、またはその両方を指定してください。
admin-field-accommodation-reason = 理由を 1～{ $max } 文字で入力してください。
admin-field-no-such-partner = そのパートナーは存在しません。
admin-field-manager-needs-partner = パートナー管理者には、管理するパートナー（partner_id）が必要です。

## Erasing an account at a person's request (privacy/admin_erase.html)
admin-erase-title = アカウントの削除
admin-erase-crumb = 削除
admin-erase-heading = { $name } さんのアカウントを削除
admin-erase-done = アカウントを削除しました。削除はあなたの名前、日付、理由とともに記録されています：「{ $reason }」。
admin-erase-revoked = { $count ->
   *[other] { $count } 件の認定を取り消しました。
  }
admin-back-to-people = ユーザー一覧に戻る
admin-erase-intro = 本人がほかの方法（手紙、メールなど）で削除を依頼し、本人であることを確認した場合に使用します。この操作は取り消せません。直ちに次のようになります。
admin-erase-signed-out = アカウント（{ $email }）はすべての場所でログアウトされ、二度とログインできなくなります。
admin-erase-name-email = 氏名とメールアドレスは置き換えられます。
admin-erase-answers = 試験と理解度チェックへの回答、およびこのアカウントに送信したメールの本文は削除されます。
admin-erase-credentials = 認定は取り消され、確認ページには氏名が表示されなくなります。
admin-erase-reports = レポートの集計は残ります。進捗と受験の得点は、氏名を除いて保持されます。
admin-erase-reason = 依頼を受けた方法
admin-erase-reason-hint = 例：受講者からの 2026 年 12 月 1 日付の手紙。
admin-erase-submit = このアカウントを削除

## Name corrections (admin/name_corrections.html)
admin-corrections-lead = 証明書の氏名の訂正依頼です。承認するとアカウントが変更され、その人が保有するすべての認定が同じ ID のまま再発行され、履歴に訂正が記録されます。
admin-correction-asked = 申請日 { $date }
admin-correction-record = ユーザーの詳細
admin-correction-reason = 理由：
admin-correction-note = 本人へのメモ（却下する場合は必須）
admin-approve = 承認
admin-reject = 却下
admin-nothing-to-decide = 判断待ちのものはありません
admin-no-corrections = 確認待ちの氏名の訂正はありません。
admin-notice-correction-approved = 承認しました。アカウントと認定には訂正後の氏名が記載されます。
admin-notice-correction-rejected = 却下しました。理由は本人にメールで伝えられました。

## The mail outbox (admin/outbox.html)
admin-outbox-lead = すべてのメールは、そのきっかけとなった処理と同じトランザクションでここにキュー登録され、間隔を空けて再試行するバックグラウンド処理によって送信されます。待機中 { $waiting } 件、送信断念 { $failed } 件。
admin-show-all = すべて表示
admin-show-unsent = 未送信のみ表示
admin-col-to = 宛先
admin-col-subject = 件名
admin-col-status = 状態
admin-col-last-error = 最後のエラー
admin-status-sent = 送信済み
admin-status-failed = 失敗
admin-status-retrying = 再試行中
admin-status-sending = 送信中
admin-status-queued = 待機中
admin-next-attempt = 次回 { $date }
admin-no-mails = まだメールはありません。
admin-notice-mail-retrying = メッセージを再びキューに登録しました。数秒以内に送信されます。
admin-notice-mail-not-retried = そのメッセージは送信済みか、現在送信処理中です。

## xAPI statements (admin/xapi.html)
# (HTML) $lrs is escaped by the page before it is placed here.
admin-xapi-lead = すべての学習イベントは、そのイベントと同じトランザクションでここにキュー登録され、再試行付きでまとめて <code class="break-anywhere">{ $lrs }</code> に送信されます。
# (HTML)
admin-xapi-off = 学習記録ストア（<code>ESS_XAPI_URL</code>）が設定されていないため、ステートメントはキュー登録されません。
admin-show-label = 表示：
admin-filter-all = すべて
admin-state-queued = 待機中
admin-state-failing = 失敗中
admin-state-sent = 送信済み
admin-statements = ステートメント
admin-col-verb = 動詞
admin-col-lrs-answer = LRS の応答
admin-no-statements = ステートメントはありません。
admin-no-statements-in-state = この状態のステートメントはありません。
admin-notice-statement-retrying = ステートメントを再び送信対象にしました。数秒以内に送信されます。

## Partners (admin/partners.html)
# (HTML)
admin-partners-lead = パートナー企業は、有効な認定を持つ社員が十分にいる間、スペシャリゼーションを保有します。パートナー管理者を指定するには、<a href="/admin/users">ユーザー</a>からその人のページを開いてください。
admin-col-code = コード
admin-col-specialists = スペシャリスト
admin-col-specialization = スペシャリゼーション
admin-accredited = 認定済み
admin-not-yet = 未認定
admin-no-partners = まだパートナーはありません。
admin-add-partner = パートナーを追加
admin-company-name = 会社名
admin-partner-code-optional = パートナーコード（任意）
admin-partner-code-hint = 大文字の英字、数字、ハイフン（例：ACME-DE）。空欄の場合は会社名と国から作成されます。
admin-add-partner-submit = パートナーを追加
admin-notice-partner-created = パートナーを作成しました。「ユーザー」からその人のページを開いて、パートナー管理者を指定してください。
admin-field-partner-code = 大文字の英字、数字、単独のハイフンを使って 3～{ $max } 文字で入力してください（例：ACME-DE）。
admin-field-partner-code-taken = コード { $code } はすでに使われています。別のコードを選んでください。

## Reports (admin/reports.html)
admin-reports-title = プログラムのレポート
admin-reports-of = プログラムのレポート：{ $course }
admin-reports-lead = 対象者は登録日（UTC、両日を含む）、国、パートナーで選択されます。どの表も CSV ファイルとしても利用できます。
admin-reports-filter = レポートを絞り込む
admin-reports-errors = 確認が必要な絞り込み条件があります。正しく入力されるまで何も表示されません。
admin-reports-from = 登録日（開始）
admin-reports-to = 登録日（終了）
admin-all-countries = すべての国
admin-show = 表示
admin-clear = クリア
admin-funnel = ファネル
admin-funnel-caption = 各段階の人数
admin-stage-registered = 登録
admin-stage-verified = メール確認済み
admin-stage-started = 学習開始
admin-stage-training-complete = トレーニング修了
admin-stage-exam-1 = 試験 1 合格
admin-stage-exam-2 = 試験 2 合格
admin-stage-credential = 認定
admin-by-month = 登録月別
admin-by-country = 国別
admin-by-partner = パートナー別
admin-col-month = 月
admin-nobody-registered = この条件で登録した人はいません。
admin-more-rows = { $count ->
   *[other] 残りの { $count } 行は CSV にあります。
  }
admin-chart-funnel-legend = 各段階に到達した人数（登録者に対する割合）
admin-chart-months = 月別の登録数
admin-chart-months-legend = 棒：その月の登録者数。目盛りと 2 つ目の数値：そのうち認定を取得した人数
admin-chart-modules = モジュールごとの学習時間
admin-chart-modules-legend = 棒：中央値（分）。線：90 パーセンタイル。オレンジの目盛り：目安
admin-chart-module-minutes = { $median } / { $p90 } / { $estimate } 分
admin-chart-exams = 試験の合格率
admin-chart-exams-legend = 棒：受験者のうち合格した人の割合。2 つ目の数値：合格 1 件あたりの受験回数
admin-chart-partners = パートナーの認定状況
admin-chart-partners-legend = 状態ごとのパートナー数
admin-chart-accredited = 認定済み
admin-chart-lapsing = { $days } 日以内に失効
admin-chart-not-accredited = 未認定
admin-col-learners = 受講者
admin-col-median = 中央値（分）
admin-col-p90 = 90 パーセンタイル（分）
admin-col-estimate = 目安（分）
admin-col-takers = 受験者
admin-col-passed = 合格
admin-col-pass-rate = 合格率
admin-col-attempts-per-pass = 合格 1 件あたりの受験回数
admin-expiring = 今後 { $days } 日以内に有効期限が切れる認定
admin-expiring-count = 合計 { $count } 件。
admin-expiring-count-limited = 合計 { $count } 件。最初の { $limit } 件を表示しています。
admin-none-expiring = 今後 { $days } 日以内に有効期限が切れる認定はありません。
admin-partners-accreditation = パートナー：認定状況
admin-partners-summary = パートナー { $total } 社、認定済み { $accredited } 社（スペシャリスト { $min ->
   *[other] { $min } 人
  }以上）、{ $days } 日以内に失効 { $lapsing } 社。
admin-col-members = メンバー
admin-col-accredited = 認定
admin-col-lapses = 失効日
admin-soon = まもなく
admin-no-partners-filtered = この条件に当てはまるパートナーはありません。
admin-more-partners = { $count ->
   *[other] 残りの { $count } 社は CSV にあります。
  }
reports-field-date = 日付は YYYY-MM-DD の形式で入力してください。
reports-field-end-before-start = 終了日が開始日より前になっています。
reports-field-country = 国は JP のような 2 文字のコードで選択してください。
reports-field-partner = コード { $code } のパートナーはありません。

## Learning platforms (admin/lti.html)
admin-lti-crumb = 学習プラットフォーム
admin-lti-heading = 学習プラットフォーム（LTI 1.3）
admin-lti-lead = パートナーの学習プラットフォーム（Moodle、Canvas、Blackboard など）は、LTI 1.3 ツールとしてトレーニングを起動できます。プラットフォームの管理者が下の URL でツールを登録し、ここで登録するためのプラットフォームの情報をあなたに送ります。
admin-lti-tool-urls = プラットフォームの管理者向け
admin-lti-login-url = OpenID Connect ログイン開始 URL
admin-lti-launch-url = リダイレクト（起動）URL
admin-lti-jwks-url = 公開鍵セット（JWKS）の URL
admin-lti-target-url = 既定のターゲットリンク URI
admin-lti-target-hint = （またはこのサイトのモジュールや試験のページ）
admin-lti-issuer = 発行者
admin-lti-client-id = クライアント ID
admin-lti-deployments = デプロイメント
admin-lti-links-by-email = メールによるひも付け
admin-lti-no-platforms = まだ登録されているプラットフォームはありません。
admin-lti-scores = 成績の返送
admin-lti-scores-text = 成績スコープ（Assignment and Grade Services）を許可するプラットフォームから受講者が試験を開くと、各受験の開始と結果がそのプラットフォームの成績表に送られます。最新の { $count } 件の成績：
admin-col-score = 成績
admin-col-platform-answer = プラットフォームの応答
admin-lti-no-scores = まだ成績はありません。
admin-lti-register = プラットフォームを登録
admin-lti-issuer-hint = プラットフォームの発行者（iss）。例：https://lms.partner.example
admin-lti-client-id-hint = プラットフォームがこのツールに発行したクライアント ID。
admin-lti-deployment-ids = デプロイメント ID
admin-lti-one-a-line = 1 行に 1 つ。
admin-lti-auth-url = 認可エンドポイント
admin-lti-auth-url-hint = プラットフォームの OpenID Connect 認証リクエストの URL。
admin-lti-jwks = 公開鍵セットの URL
admin-lti-jwks-hint = プラットフォームが鍵（JWKS）を公開している場所。
admin-lti-token-url = アクセストークンの URL
admin-lti-link-by-email = 初回の起動を、同じ確認済みメールアドレスを持つ既存の受講者アカウントにひも付ける
admin-notice-platform-registered = プラットフォームを登録しました。そのプラットフォームの受講者は、ここからトレーニングを起動できます。
admin-notice-score-retrying = 成績を再び送信対象にしました。数秒以内に送信されます。
lti-field-url-empty = URL を入力してください。
lti-field-url-too-long = URL は { $max } 文字以内で入力してください。
lti-field-url-invalid = https:// で始まる完全な URL を入力してください。
lti-field-url-https = https:// の URL を使用してください。
lti-field-issuer-empty = 発行者を入力してください。
lti-field-issuer-too-long = 発行者は { $max } 文字以内の 1 行で入力してください。
lti-field-client-id-empty = クライアント ID を入力してください。
lti-field-client-id-too-long = クライアント ID は { $max } 文字以内の 1 行で入力してください。
lti-field-deployments-empty = デプロイメント ID を 1 つ以上入力してください。
lti-field-deployments-too-many = デプロイメント ID は 1 行に 1 つずつ、{ $max } 件以内で入力してください。
lti-field-platform-taken = この発行者とクライアント ID の組み合わせはすでに登録されています。
admin-col-by-language = 言語別
admin-language-facility-title = { $language }: 回答 { $count } 件
admin-flag-translation = { $lang } 訳を確認
tred-history = この翻訳の履歴
tred-col-text = テキスト
tred-show-text = テキストを表示
tred-in-use = 使用中
tred-origin-restore = 以前のリビジョンから復元
tred-restore = r{ $number } を復元
tred-restored = リビジョン r{ $number } を、翻訳元とともに現在の翻訳に戻しました。
tred-no-history = まだ保存されていません。履歴は最初の保存から始まります。
