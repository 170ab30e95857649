# ESS Academy — アカウントとカタログのページ、日本語（英語からの翻訳）。
# マークアップを含むキーには "(HTML)" と記され、エスケープされずに表示されます。その引数は、挿入される前に
# ページ側でエスケープされます。

## Error page
error-eyebrow = エラー { $status }
error-home = ホームページへ移動
error-reference = 参照番号：{ $reference }

## After registering
registered-title = メールをご確認ください
registered-eyebrow = あと少しです
# (HTML)
registered-sent = <strong>{ $email }</strong> に確認用のリンクを送信しました。リンクを開いてメールアドレスを確認したうえで、ログインしてトレーニングを始めてください。
registered-nothing = 数分たっても届きませんか？迷惑メールフォルダーを確認するか、ログインして新しいリンクをリクエストしてください。

## E-mail verification
verify-done-title = メールアドレスを確認しました
verify-bad-title = 無効なリンク
verify-done-eyebrow = 完了
verify-bad-heading = このリンクは使用できません
verify-go-training = トレーニングへ進む

## New password
reset-title = 新しいパスワードの設定
reset-password = 新しいパスワード
reset-password-hint = 10～128 文字です。ほかのすべての場所ではログアウトされます。
reset-submit = 新しいパスワードを保存
reset-expired = リンクの有効期限が切れましたか？
reset-ask-again = 新しいリンクをリクエスト

## First start
setup-title = ESS Academy のセットアップ
setup-eyebrow = 初回起動
setup-heading = プログラム管理者を作成
setup-intro = この 1 回限りのリンクで、最初のプログラム管理者を作成します。プログラム管理者は、コースの作成、レポートの実行、認定の管理を行います。
setup-organisation = 組織
setup-password-hint = 10～128 文字です。
setup-submit = 管理者アカウントを作成

## The catalogue
catalog-title = コース
catalog-lead = ブラウザで、ご自身のペースで学習できます。進捗は随時保存されます。
catalog-modules = { $count ->
   *[other] { $count } モジュール
}
catalog-study = 学習時間 { $duration }
catalog-two-exams = 2 つの試験
catalog-credential = 認定：{ $name }
catalog-syllabus = シラバスを見る
catalog-empty = まだコースはありません
catalog-empty-text = プログラムチームはまだコースを公開していません。しばらくしてから再度お越しください。

## A course
course-breadcrumb = パンくずリスト
course-about = このコースについて
course-exams = 試験
course-exam-line = { $questions } 問、制限時間 { $minutes } 分、合格ライン { $percent }%
course-credential = 認定：
course-languages = 受講できる言語：{ $languages }
course-start-first = 最初のモジュールを始める
course-log-in-to-start = ログインして始める
course-syllabus = シラバス
course-objectives = 習得できること
