# ESS Academy — パートナー：パートナー管理者向けの自社ページ、Takeback インセンティブ、パートナーの公開確認、
# パートナーの学習プラットフォームが開くコンテンツ選択（LTI）。日本語（英語からの翻訳）。
# マークアップを含むキーには "(HTML)" と記され、エスケープされずに表示されます。その引数は、挿入される前に
# ページ側でエスケープされます。

## My company (partner/index.html)
partner-code = パートナーコード
partner-notice-invited = 招待を送信しました。招待メール内のリンクは 14 日間有効です。
partner-notice-removed = 自社から外しました。その人のアカウントと認定はそのまま残ります。
# (HTML)
partner-accredited = { $since } から<strong>認定パートナー</strong>です。スペシャリストは { $count ->
   *[other] { $count } 人
  }（必要数は { $min } 人以上）。それまでに誰かが更新するか、別の人が認定を取得しない限り、<strong>{ $lapses }</strong> に認定が失効します。
partner-renewers = 次の人が有効期限前に更新すれば、途切れることなく認定パートナーのままでいられます：
partner-renewer-open = 有効期限 { $expires }、現在更新受付中
partner-renewer-not-yet = 有効期限 { $expires }、更新の受付開始 { $opens }
partner-certificate = パートナー証明書（PDF）
partner-logo = スペシャリゼーションのロゴ（SVG）
partner-verify-page = 公開確認ページ
# (HTML)
partner-takeback-eligible = 認定パートナーは、参加国で <a href="/takeback">Takeback インセンティブ</a>の対象になります。
# (HTML)
partner-not-accredited = <strong>まだ認定パートナーではありません。</strong>有効な認定を持つ社員が少なくとも { $min } 人必要です。現在は { $count } 人です。下から営業・技術担当者を招待してください。
partner-people = 社員（{ $count }）
partner-download-all = すべての証明書とバッジをダウンロード（zip）
partner-col-name = 氏名
partner-col-training = トレーニング
partner-col-active = 学習時間
partner-col-exams = 試験
partner-col-credential = 認定
partner-col-actions = 操作
partner-modules-done = { $total } モジュール中 { $done } モジュール
partner-training-complete = 修了
partner-exam-passed = 合格
# $score is written by the page ("85%").
partner-exam-passed-score = 合格（{ $score }）
partner-exam-attempts = { $count ->
   *[other] 受験 { $count } 回
  }
partner-exam-attempts-best = { $count ->
   *[other] 受験 { $count } 回
  }、最高 { $score }
partner-exam-not-taken = 未受験
partner-status-valid = 有効
partner-status-expired = 期限切れ
partner-status-revoked = 取り消し済み
partner-until = { $date } まで
partner-certificate-link = 証明書
partner-badge-link = バッジ
partner-remove = 外す
partner-nobody = まだ誰もいません。下から社員を招待してください。
partner-people-hint = 確認できるのは進捗と結果のみで、回答は表示されません。自社から外しても、その人のアカウントと認定は残ります。
partner-invite = 招待する
partner-invite-text = 招待された人には登録用のリンクを記載したメールが届きます。そのリンクから登録すると、{ $partner } に参加します。
partner-invite-send = 招待を送信
partner-invitations = 最近の招待
partner-invitation-joined = 参加済み
partner-invitation-sent = 送信日 { $date }
partner-invite-already-member = { $email } はすでに社員として登録されています。
partner-invite-has-account = { $email } はすでにアカウントを持っています。プログラム管理者が { $partner } にひも付けることができます。
partner-no-partner = あなたのアカウントはまだパートナーにひも付けられていません。プログラム管理者にお問い合わせください。

## Where a person's renewal stands, on the partner's page
partner-renewal-revoked = 取り消し済み：更新不可
partner-renewal-open = 更新受付中：{ $date } までに更新（残り { $days ->
   *[other] { $days } 日
  }）
partner-renewal-grace = 期限切れ：更新できる猶予期間は残り { $days ->
   *[other] { $days } 日
  }
partner-renewal-closed = 失効：再取得が必要
partner-renewal-renewed = 更新済み。次回の更新受付開始は { $date }
partner-renewal-not-yet = 更新の受付開始は { $date }

## The Takeback Incentive (partner/takeback.html)
takeback-title = Takeback インセンティブ
takeback-eyebrow = 認定パートナー向け
# $rate is written by the page ("7%").
takeback-lead = 環境サステナビリティ・スペシャリゼーションを取得したパートナーは、参加国において、リフレッシュまたは移行の案件で Takeback 案件として登録された新製品に対し、最大 { $rate } の追加割引を受けられます。お客様の旧機器は無料で引き取られます。
takeback-accredited = 貴社は認定パートナーです。参加国で対象となります。
takeback-not-accredited = 貴社はまだ認定パートナーではありません。十分な数の社員が認定を取得すると対象になります。
takeback-how = 仕組み
# (HTML)
takeback-eligibility = <strong>対象条件：</strong>貴社がスペシャリゼーションを保有していること（必要な数以上の認定スペシャリストがいること）、および案件が参加国のものであること。
# (HTML)
takeback-discount = <strong>割引：</strong>リフレッシュまたは移行の案件で Takeback 案件として登録された新製品に対し、最大 { $rate } の追加割引。
# (HTML)
takeback-free = <strong>無料の引き取り：</strong>ベンダーがお客様の使用済み機器を無償で回収し、再利用できるものは再利用し、残りは責任を持ってリサイクルします。
# (HTML)
takeback-register = ベンダーの案件登録で<strong>Takeback 案件として登録してください</strong>。実際の割引はそこで決まります。
takeback-countries = 参加国
takeback-no-countries = まだ登録されている国はありません。
takeback-terms = リストと割引率はプログラムの設定によるものです。お客様に見積もりを出す前に、ベンダーの最新の条件をご確認ください。
takeback-estimate-title = 案件を試算する
takeback-country = 案件の国
takeback-value = 新製品の金額
takeback-value-hint = 案件の通貨での正味金額（例：250000）。
takeback-estimate = 試算する
takeback-estimated = 最大 { $rate } での追加割引の試算額です。
takeback-not-eligible = 対象外
takeback-not-eligible-text = その国は Takeback インセンティブに参加していません。無料の引き取りは利用できる場合があります。ベンダーにお問い合わせください。
# (HTML)
takeback-not-a-quote = <strong>これは試算であり、見積もりではありません：</strong>割引は「最大」の割合で、案件登録によってのみ確定します。
takeback-value-number = 案件の金額を 250000 のように数値で入力してください。
takeback-value-positive = 案件の金額を正の数値で入力してください。

## The public verification of a partner (partner/verify.html)
partner-verify-title = { $name }：パートナーの確認
partner-verification = パートナーの確認
# (HTML)
partner-verify-accredited = <strong>認定パートナーです。</strong>このパートナーは環境サステナビリティ・スペシャリゼーションを保有しています。
# (HTML)
partner-verify-not-accredited = 現在は<strong>認定パートナーではありません</strong>。
partner-partner = パートナー
partner-accredited-since = 認定開始日
partner-current-until = 有効期限
partner-current-until-value = { $date }（認定を取得する人が増えると延長されます）
partner-specialists = 認定スペシャリスト数
partner-code-label = パートナーコード

## Content for a partner's learning platform (lti/deep_linking.html, lti/deep_linking_response.html)
lti-choose-title = コースに追加するコンテンツを選択
lti-choose-lead-many = 学習プラットフォームから、追加する ESS Academy のコンテンツを尋ねられています。リンクするコース、モジュール、試験にチェックを入れて追加してください。リンクとともにプラットフォームに戻ります。
lti-choose-lead-one = 学習プラットフォームから、追加する ESS Academy のコンテンツを尋ねられています。リンクするコース、モジュール、試験を 1 つ選んで追加してください。リンクとともにプラットフォームに戻ります。
lti-whole-course = { $course }（コース全体）
lti-nothing-published = まだ公開されているものはありません。コースが公開されたら、またお越しください。
lti-add = コースに追加
lti-choose-one-at-least = コース、モジュール、試験を少なくとも 1 つ選択してください。
lti-choose-only-one = この学習プラットフォームでは、ここで選べるのは 1 つだけです。1 つだけ選択してください。
lti-choice-gone = 「{ $item }」はカタログにありません。ページを再読み込みして、選び直してください。
lti-back-title = 学習プラットフォームに戻る
lti-chosen = { $count ->
   *[other] { $count } 件を選択しました。プラットフォームが自動で開かない場合は、ボタンで選択内容を送信してください。
  }
lti-return = 学習プラットフォームに戻る
