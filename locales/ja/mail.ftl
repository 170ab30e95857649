# ESS Academy — メール（英語からの翻訳。です・ます調）。
# 各メッセージはメールのテキスト部分と HTML 部分の両方に使われます。マークアップは入れません。
# 日付（$expires、$opens など）と割合（$score、$pass）は日本語の書き方で渡されます。

## すべてのメール
mail-tagline = 環境サステナビリティ・スペシャリゼーション
mail-footer = このメールは、{ $url } のアカウントに関連してお送りしています。
mail-hello = { $name } 様
mail-hello-all = ご担当者様
mail-paste-link = または、次のリンクをブラウザーに貼り付けてください。
mail-see-credential = 確認済みの認定を見る
mail-anyone-verify = 認定は、どなたでも次のページで確認できます：
mail-verification-page = 確認ページ：
mail-renew-button = 認定を更新する
mail-renew-here = 更新はこちらから：

## メールアドレスの確認（登録後）
mail-verify-subject = ESS Academy のメールアドレスを確認してください
mail-verify-welcome = ESS Academy へようこそ。メールアドレスの確認をお願いいたします：
mail-verify-button = メールアドレスを確認する
mail-verify-valid = このリンクの有効期間は { $days } 日間です。確認後、ログインして環境サステナビリティ・スペシャリゼーションのトレーニングを始めてください。
mail-verify-ignore = 登録に心当たりがない場合は、このメールを破棄してください。

## パスワードの再設定
mail-reset-subject = ESS Academy のパスワードの再設定
mail-reset-asked = ESS Academy のアカウントについて、パスワードの再設定が依頼されました。
mail-reset-button = 新しいパスワードを設定する
mail-reset-here = 新しいパスワードは次のリンクから設定できます：
mail-reset-once = このリンクは { $minutes } 分間、1 回だけ使用できます。お心当たりがない場合は、このメールを破棄してください。パスワードは変更されません。

## 試験結果
mail-result-subject-passed = 合格しました：{ $exam }
mail-result-subject-failed = 試験結果：{ $exam }
mail-result-timed-out = 制限時間が終了したため、保存済みの解答で提出されました。
mail-result-passed = { $exam } に { $score } で合格しました（{ $total } 問中 { $correct } 問正解、合格ラインは { $pass }）。
mail-result-failed = { $exam } の得点は { $score } でした（{ $total } 問中 { $correct } 問正解）。合格ラインは { $pass } です。
mail-result-review-passed = 次に進む前に復習をおすすめするトピック：
mail-result-review-failed = 次回の受験前に復習をおすすめするトピック：
mail-result-button = トピック別の結果を見る
mail-result-by-topic = トピック別の結果：
mail-result-retry = 待機時間が終わりましたら、試験ページから再受験できます：

## 認定の取得
mail-issued-subject = { $title } に認定されました
mail-issued-congratulations = { $name } 様、おめでとうございます。
mail-issued-lead = トレーニングを修了し、2 つの試験に合格されました。{ $title } として認定されました。
mail-issued-attached = 証明書（PDF）を添付しています。有効期限は { $expires } です。
mail-issued-kit = 認定キット（バッジ、メール署名、お客様向け・RFP 向けの文面、LinkedIn へのリンク）：

## 認定の更新
mail-renewed-subject = { $title } の認定を { $expires } まで更新しました
mail-renewed-well-done = { $name } 様、お疲れさまでした。
mail-renewed-in-grace = 更新試験に合格され、{ $title } の認定が更新されました。有効期限は { $expires } になりました（{ $previous } に失効していたため、本日から 1 年間です）。
mail-renewed-early = 更新試験に合格され、{ $title } の認定が更新されました。有効期限は { $expires } になりました（以前の有効期限 { $previous } の 1 年後です。早めに更新しても期間が短くなることはありません）。
mail-renewed-same = 認定は同じものです。ID、確認ページ、LinkedIn の登録内容も変わりません。新しい証明書（PDF）を添付しています。バッジとメール署名には新しい日付が表示されます。
mail-renewed-kit = 認定キットには、更新後の証明書、バッジ、署名が含まれています：

## 更新受付の開始
mail-open-subject = 更新の受付を開始しました：{ $title } の認定を維持しましょう
mail-open-lead = { $title } の認定を更新できるようになりました。有効期限は { $expires } です。
mail-open-how = 更新するには、更新モジュール（1 時間未満）を学習し、更新試験に合格してください。{ $expires } より前に更新すると、新しい有効期限は現在の有効期限の 1 年後になります。早めに更新しても損はなく、貴社のスペシャリゼーションも途切れることなく継続します。
mail-open-missed = 期限を過ぎても { $grace-ends } まで（猶予期間）は更新できますが、その間、認定は失効と表示されます。

## 有効期限が近い認定（90 日前、60 日前、30 日前）
mail-expiring-subject = { $title } の認定の有効期限まであと { $days } 日です
mail-expiring-lead = { $title } の認定は { $expires } に有効期限を迎えます（あと { $days } 日以内）。
mail-expiring-after = この日を過ぎると、確認ページ、バッジ、メール署名に失効と表示され、貴社のスペシャリゼーションの要件にも数えられなくなります。
mail-expiring-open = 現在、更新を受け付けています。{ $expires } より前に更新モジュールを学習して更新試験に合格すると、新しい有効期限は現在の有効期限の 1 年後になります。
mail-expiring-opens = 更新の受付は { $opens } に始まります。受付開始後、{ $expires } より前に更新モジュールを学習し、更新試験に合格してください。
mail-expiring-how = 更新の流れを見る

## 失効した認定（猶予期間中）
mail-grace-subject = { $title } の認定が失効しました：更新の猶予期間は残り { $days } 日です
mail-grace-expired = { $title } の認定は { $expired } に失効しました。確認ページ、バッジ、メール署名には失効と表示され、貴社のスペシャリゼーションの要件にも数えられなくなっています。
mail-grace-still = まだ更新できます。猶予期間は残り { $days } 日、{ $grace-ends } までです。更新モジュールを学習して更新試験に合格すると、更新した日から 1 年間、同じ ID と確認ページのまま認定が再び有効になります。
mail-grace-after = { $grace-ends } を過ぎると、スペシャリゼーションを最初から取得し直す必要があります。

## 氏名訂正の結果
mail-name-subject-approved = 氏名を訂正しました
mail-name-subject-rejected = 氏名の訂正は承認されませんでした
mail-name-approved = 氏名を「{ $requested }」に訂正しました。証明書、バッジ、メール署名にも反映されています。認定の ID と確認ページは変わりません。
mail-name-rejected = 氏名を「{ $requested }」に変更するご依頼は承認されませんでした。
mail-name-note = プログラムからのコメント：{ $note }
mail-name-button = トレーニングページを開く

## パートナー管理者からの招待
mail-invite-subject = { $manager } さんから環境サステナビリティ・スペシャリゼーションへの招待が届いています
mail-invite-lead = { $partner } の { $manager } さんから、ESS Academy への招待が届いています。環境サステナビリティのスペシャリストを目指しましょう。15 時間未満のオンラインモジュールを学習した後、2 つの試験を受けます。
mail-invite-button = アカウントを作成する
mail-invite-create = 次のリンクからアカウントを作成してください：
mail-invite-until = このリンクは { $expires } まで有効です。

## パートナー認定の失効予告（パートナー管理者あて）
mail-lapsing-subject = { $partner }：どなたも更新しない場合、スペシャリゼーションはあと { $days } 日で失効します
mail-lapsing-lead = { $partner } は、有効な認定を持つ社員が { $min } 名以上いる間、環境サステナビリティ・スペシャリゼーションを保持します。現在は { $specialists } 名ですが、{ $lapses }（あと { $days } 日以内）に有効期限を迎える方がいるため、最低人数を下回ります。
mail-lapsing-then = そうなると、パートナー認定が失われ、Takeback インセンティブの対象外となります。
mail-lapsing-renewers = 有効期限前に更新すれば、認定は途切れずに維持されます。次の方々の認定は、その日までに有効期限を迎えます：
mail-lapsing-renewer-open = { $name }（{ $email }）：有効期限 { $expires }、現在更新を受付中
mail-lapsing-renewer-opens = { $name }（{ $email }）：有効期限 { $expires }、更新受付開始 { $opens }
mail-lapsing-or = または、その日までに別の方がトレーニングを修了し、2 つの試験に合格するようにしてください。
mail-lapsing-button = 期限が近い方を確認する
mail-lapsing-see = 全員の状況を確認する：
