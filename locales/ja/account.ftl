# ESS Academy — アカウント：アカウントのページ、ロール、保有者によるアカウントの削除、アカウントのフォーム項目の
# メッセージ。日本語（英語からの翻訳）。
# マークアップを含むキーには "(HTML)" と記され、エスケープされずに表示されます。その引数は、挿入される前に
# ページ側でエスケープされます。

## The account page (account/index.html)
account-notice-saved = 登録情報を保存しました。
account-notice-password-changed = パスワードを変更しました。ほかのデバイスはログアウトされました。
account-notice-correction-requested = 氏名の訂正を申請しました。プログラム管理者が確認し、結果をメールでお知らせします。
account-details = 登録情報
account-name-on-certificate = 証明書に記載される氏名
account-email = メールアドレス
account-verified = 確認済み
account-not-verified = 未確認
account-role = ロール
account-member-since = 登録日
account-save-details = 登録情報を保存
account-change-password = パスワードを変更
account-change-password-text = パスワードを変更すると、ほかのすべてのデバイスからログアウトされます。
account-current-password = 現在のパスワード
account-correction-title = 証明書の氏名を訂正する
# (HTML) $name is escaped by the page before it is placed here.
account-correction-text = 証明書、バッジ、メール署名には、ここにある表記のとおりに氏名が記載されます：<strong>{ $name }</strong>。誤りがある場合（入力ミス、アクセント記号の抜け、法的な氏名の変更など）は、訂正を申請してください。プログラム管理者が確認し、承認されると、認定は同じ ID のまま再発行された旨が表示されます。
account-correction-waiting = 申請はプログラム管理者の確認待ちです。回答があった後で、再度申請できます。
account-correction-name = 印刷する氏名
account-correction-name-hint = 120 文字以内で、証明書のフォントが印刷できる文字（ラテン文字、ギリシャ文字、キリル文字、ヘブライ文字、中国語、日本語、韓国語など）で入力してください。
account-correction-reason = 訂正が必要な理由
account-correction-submit = 訂正を申請
account-correction-requests = あなたの申請
account-correction-from-to = 「{ $from }」→「{ $to }」
account-correction-pending = 確認待ち
account-correction-approved = 承認済み
account-correction-rejected = 却下
account-data = あなたのデータ
account-data-text = ESS Academy が保持しているあなたに関するすべての情報（アカウント、進捗、回答、結果、認定、お送りしたメール）を、1 つの JSON ファイルでダウンロードできます。
account-data-download = データをダウンロード
account-erase-text = アカウントを削除することもできます。パスワードの入力を求め、何が起こるかを事前に詳しくご説明します。
account-erase-link = アカウントを削除…

## Roles
role-learner = 受講者
role-partner-manager = パートナー管理者
role-programme-admin = プログラム管理者
role-only-learner = このページは受講者専用です。
role-only-partner-manager = このページはパートナー管理者専用です。
role-only-programme-admin = このページはプログラム管理者専用です。

## Erasing one's account (privacy/erase.html, privacy/erased.html)
erase-title = アカウントの削除
erase-intro = この操作は取り消せません。アカウントを削除すると、直ちに次のようになります。
erase-signed-out = すべてのデバイスからログアウトされ、今後このアカウントには誰もログインできなくなります。
erase-name-email = 氏名とメールアドレス（{ $email }）がアカウントから削除されます。
erase-answers = 試験問題と理解度チェックへの回答、およびお送りしたメールの本文が削除されます。
erase-credentials = 認定は取り消されます。確認ページには「取り消し済み」と表示され、氏名は表示されなくなります。
erase-what-stays = 氏名を除いて残る情報：プログラムの集計を正しく保つため、あるアカウントが学習し、試験を受け、何点だったかという記録。また、アカウントがいつ、誰の依頼で削除されたかの記録。
# (HTML) $url is escaped by the page before it is placed here.
erase-copy-first = 先にコピーを保存しますか？<a href="/api/v1/me/export" download>データをダウンロード（JSON）</a>。
erase-password = ご本人確認のためのパスワード
erase-submit = アカウントを削除
erase-keep = アカウントを残す
erased-title = アカウントを削除しました
erased-done = 削除が完了しました。ログアウトされ、氏名とメールアドレスは ESS Academy から削除されました。
erased-credentials = { $count ->
   *[other] { $count } 件の認定が取り消されました。確認ページには、氏名なしでその旨が表示されます。
  }
# (HTML)
erased-welcome-back = また学習を始める場合は、いつでも<a href="/register">新しいアカウントを作成</a>できます。

## Messages of form fields
field-email-empty = メールアドレスを入力してください。
field-email-too-long = メールアドレスは { $max } 文字以内で入力してください。
field-email-not-latin = 半角の英数字と記号のみのメールアドレスを使用してください。アクセント記号やほかの文字を含むアドレスには、まだ対応していません。
field-email-invalid = name@company.com のような有効なメールアドレスを入力してください。
field-name-empty = 氏名を入力してください。
field-name-too-long = 氏名は { $max } 文字以内で入力してください（入力された氏名は { $count } 文字です）。
field-name-invisible = 氏名に制御文字または不可視の文字が含まれています。もう一度入力してください。
field-name-glyph = 氏名に証明書で印刷できない文字「{ $char }」が含まれています。この文字を使わずに入力してください。
field-company-empty = 会社名を入力してください。
field-company-too-long = 会社名は { $max } 文字以内で入力してください（入力された会社名は { $count } 文字です）。
field-company-invisible = 会社名に制御文字または不可視の文字が含まれています。もう一度入力してください。
field-partner-name-empty = 会社名を入力してください。
field-partner-name-too-long = 会社名は { $max } 文字以内で入力してください（入力された会社名は { $count } 文字です）。
field-partner-name-invisible = 会社名に制御文字または不可視の文字が含まれています。もう一度入力してください。
field-country-empty = 国を選択してください。
field-country-unknown = 「{ $code }」は既知の国コードではありません。リストから国を選択してください。
field-password-too-short = パスワードは { $min } 文字以上にしてください。
field-password-too-long = パスワードは { $max } 文字以内にしてください。
field-password-control = パスワードに制御文字が含まれています。もう一度入力してください。
field-current-password-wrong = 現在のパスワードが正しくありません。
field-correction-reason = 訂正の理由を 1～{ $max } 文字で入力してください。
field-correction-note = 却下の理由を 1～{ $max } 文字で入力してください。
field-correction-same-name = これはすでにアカウントと証明書に登録されている氏名です。
field-correction-pending = 氏名の訂正はすでに申請済みです。まもなくプログラム管理者が回答します。
field-correction-approved = この申請はすでに承認されています。
field-correction-rejected = この申請はすでに却下されています。
field-erase-password-empty = ご本人確認のため、パスワードを入力してください。
field-erase-password-wrong = パスワードが正しくありません。何も削除されていません。もう一度お試しください。
field-erase-only-admin = あなたは唯一のプログラム管理者です。先にほかの人をプログラム管理者にしてから、アカウントを削除してください。
field-erase-reason = 依頼をどのように受け取ったかを 1～{ $max } 文字で入力してください。
field-erase-self-here = ここでは自分のアカウントを削除できません。アカウントページの「アカウントを削除」を使用してください。
field-erase-already = このアカウントはすでに削除されています。
