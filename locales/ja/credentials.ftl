# ESS Academy — 認定：認定のキットページ、公開の確認ページ、保有者の更新ページ。日本語（英語からの翻訳）。
# マークアップを含むキーには "(HTML)" と記され、エスケープされずに表示されます。その引数は、挿入される前に
# ページ側でエスケープされます。

## The state of a credential
credential-status-valid = 有効
credential-status-expired = 期限切れ
credential-status-revoked = 取り消し済み

## The kit page (credentials/kit.html)
cred-kit-title = 認定キット：{ $title }
cred-kit = 認定キット
cred-mine = 私の認定
cred-of = { $name } さんの認定
cred-issued-on = 発行日 { $date }
cred-renewed-on = 更新日 { $date }
cred-expired-on = 有効期限切れ { $date }
cred-valid-until = 有効期限 { $date }
cred-reissued = 氏名を訂正して再発行
cred-notice-revoked = 認定を取り消しました。確認ページに理由が表示されます。
cred-notice-reason-needed = 認定を取り消す理由を入力してください（1～500 文字）。
cred-notice-expiry-changed = 有効期限を変更しました。変更理由は履歴に記録されます。
cred-notice-expiry-date-needed = 新しい有効期限を日付（YYYY-MM-DD）で入力してください。
cred-notice-expiry-reason-needed = 変更の理由（1～500 文字）と、発行日より後で 10 年以内の日付を入力してください。
# (HTML)
cred-kit-revoked = <strong>取り消し済み。</strong>{ $reason } 下のファイルにもその旨が表示されます。使用しないでください。
# (HTML)
cred-kit-expired = <strong>{ $date } に有効期限が切れました。</strong>バッジとメール署名にもその旨が表示されています。
# (HTML)
cred-kit-grace-holder = { $date } まではまだ更新できます（猶予期間は残り { $days ->
   *[other] { $days } 日
  }）。<a href="/renewal">今すぐ更新してください</a>。更新すると、同じ認定がさらに 1 年間有効になります。
cred-kit-grace = { $date } まではまだ更新できます（猶予期間は残り { $days ->
   *[other] { $days } 日
  }）。更新すると、同じ認定がさらに 1 年間有効になります。
# (HTML)
cred-kit-earned-again = 新しい認定サイクルで再取得されています：<a href="/credentials/{ $id }">現在の認定</a>。
cred-kit-grace-ended = 更新の猶予期間は { $date } に終了しました。
# (HTML)
cred-earn-again = スペシャリゼーションを最初から取得し直してください。<a href="/exams">2 つの試験を受験できます</a>。合格すると、この認定にひも付いた新しい認定が発行されます。
# (HTML)
cred-kit-renewal-open = <strong>更新を受け付けています。</strong>{ $date } までに更新すると、新しい有効期限はその 1 年後になります。早めに更新しても損はありません。
# (HTML)
cred-kit-renew-now = <a href="/renewal">今すぐ更新</a>。
# (HTML)
cred-kit-earlier = この認定は、<a href="/credentials/{ $id }">以前の認定</a>の失効後に再取得されたものです。
cred-badge-alt = バッジ：{ $title }、{ $name }
cred-downloads = ダウンロード
cred-certificate-a4 = 証明書、A4（PDF）
cred-certificate-letter = US レター
cred-badge-png = バッジ PNG、600 × 600
cred-badge-svg = SVG
cred-ob3 = Open Badges 3.0 認定（署名付き JWT）
# (HTML)
cred-badges-hint = PNG と SVG のバッジには Open Badges 2.0 のアサーションが埋め込まれており、バッジのバックパックやウォレットで読み取れます。JWT はデジタルウォレット向けの署名付き Open Badges 3.0 認定です（鍵：<a href="/.well-known/jwks.json">JWKS</a>）。
cred-verify-page-for-anyone = 確認ページ（どなたでも閲覧できます）：
cred-signature = メール署名
cred-signature-graphic = メール署名の画像
cred-signature-paste = この HTML をメール署名に貼り付けてください。画像はあなたの確認ページにリンクし、認定の現在の状態を常に表示します。
# The alternative text of the signature graphic, in the HTML the holder pastes into their e-mail signature.
cred-signature-snippet-alt = { $name }、{ $title }（ESS Academy により確認済み）
cred-copy-html = HTML をコピー
cred-download-png = PNG をダウンロード
cred-linkedin = LinkedIn
cred-linkedin-add = LinkedIn のプロフィールに追加
cred-linkedin-share = LinkedIn でシェア
cred-linkedin-hint = 「プロフィールに追加」では、資格の欄に { $title }、発行元 ESS Academy、発行日 { $issued }、有効期限 { $expires }、認定 ID、確認用 URL が入力されます。
cred-group-email = お客様向けメール
cred-group-email-hint = 送信前に編集してください。お客様の名前とご自身の言葉を加えましょう。
cred-group-rfp = RFP・入札への回答用
cred-group-rfp-hint = 回答書のサステナビリティの項目に貼り付けてください。
cred-group-social = SNS 投稿
cred-group-social-hint = ご自身で投稿するか、上の LinkedIn のシェア用リンクを使ってください。
cred-group-signature = メール署名のテキスト
cred-group-signature-hint = テキスト形式の署名用です。上の画像は HTML 形式の署名用です。
cred-copy-text = テキストをコピー
cred-logo = スペシャリゼーションのロゴ
cred-logo-alt = 環境サステナビリティ・スペシャリゼーションのロゴ
cred-logo-text = 貴社が環境サステナビリティ・スペシャリゼーションに参加していることを示すには、このロゴを使用してください。バッジはあなた個人のものです。会社ではなく、ご自身のために使用してください。
cred-logo-download = ロゴをダウンロード（SVG）
cred-history = 履歴
cred-history-issued = 発行
cred-history-name-corrected = 氏名を訂正して再発行
cred-history-renewed = 更新
cred-history-expiry-changed = プログラム管理者が有効期限を変更
cred-history-revoked = 取り消し
# (HTML)
cred-history-entry = <strong>{ $date }</strong>：{ $event }
# (HTML)
cred-history-entry-detail = <strong>{ $date }</strong>：{ $event }（{ $detail }）
cred-history-earned-again = { $id } の失効後、新しい認定サイクルで再取得。
cred-history-expiry-moved = 有効期限を { $from } から { $to } に変更。
cred-history-expiry-moved-grace = 有効期限を { $from } から { $to } に変更（猶予期間中に更新したため、更新日から起算）。
cred-history-name-from-to = 氏名を「{ $from }」から「{ $to }」に訂正
# (HTML)
cred-name-wrong = 氏名に誤りがありますか？<a href="/account#name-correction">訂正を申請してください</a>。認定の ID は変わりません。
cred-expiry-change = 有効期限を変更
cred-expiry-text = プログラムが認める延長に使用します。履歴には変更前後の日付と理由が記録されます。理由はプログラム管理者にのみ表示されます。
cred-expiry-new = 新しい有効期限（UTC）
cred-reason = 理由
cred-revoke-title = この認定を取り消す
cred-revoke-text = 取り消しは最終的なもので、公開されます。確認ページに理由が表示され、バッジと署名の画像はグレーになります。
cred-revoke-reason = 理由（公開されます）
cred-revoke = 取り消す

## The public verification page (verify/credential.html)
cred-verification = 認定の確認
# (HTML)
cred-verify-valid = <strong>有効です。</strong>この認定は ESS Academy が発行したもので、現在有効です。
# (HTML)
cred-verify-expired = <strong>{ $expires } に有効期限が切れました。</strong>{ $issued } から有効でした。
# (HTML)
cred-verify-revoked = <strong>取り消し済み。</strong>{ $reason }
cred-holder = 保有者
cred-credential = 認定
cred-issued = 発行日
cred-renewed = 更新日
cred-expires = 有効期限
cred-earned-before = 以前の取得
# (HTML)
cred-earned-before-value = <a href="/verify/{ $id }">前回の認定サイクルの認定</a>（失効済み）
cred-earned-again = 再取得
# (HTML)
cred-earned-again-value = この認定の失効後に取得された<a href="/verify/{ $id }">現在の認定</a>
cred-issuer = 発行元
cred-issuer-value = ESS Academy（環境サステナビリティ・スペシャリゼーション プログラム）
cred-id = 認定 ID
cred-reissued-label = 再発行
cred-reissued-value = { $date }（氏名を訂正）
cred-machine-readable = 機械可読形式：

## The holder's renewal (renewal/index.html)
renewal-title = 認定の更新
renewal-lead = 認定の有効期間は 1 年です。有効期限前の受付期間内に更新すれば、途切れることなく継続します。ID、確認ページ、LinkedIn の登録内容もそのままです。
# (HTML)
renewal-none = 更新できる認定はまだありません。トレーニングを修了し、2 つの試験に合格して取得してください：<a href="/training">受講状況</a>。
renewal-credential = 認定 { $id }
renewal-heading-open = 更新を受け付けています
renewal-heading-grace = 認定の有効期限が切れました。猶予期間内に更新してください
renewal-heading-closed = 更新期間は終了しました
renewal-heading-renewed = 更新済み：有効期限 { $date }
renewal-heading-not-yet = 更新の受付は { $date } に始まります
# (HTML)
renewal-status-open = 認定の有効期限は <strong>{ $expires }</strong> です（残り { $days ->
   *[other] { $days } 日
  }）。それまでに更新すると、新しい有効期限は現在の期限の 1 年後になります。早めに更新しても損はありません。
# (HTML)
renewal-status-grace = <strong>{ $expires }</strong> に有効期限が切れました。<strong>猶予期間は残り { $days ->
   *[other] { $days } 日
  }</strong>です（{ $grace-ends } まで）。今更新すると、更新した日から 1 年間、再び有効になります。
# (HTML)
renewal-status-closed = 猶予期間は { $grace-ends } に終了しました。スペシャリゼーションを最初から取得し直してください。<a href="/exams">2 つの試験を受験できます</a>。合格すると、この認定にひも付いた新しい認定が発行されます。
# (HTML)
renewal-status-not-yet = 認定の有効期限は <strong>{ $expires }</strong> です。更新の受付は <strong>{ $opens }</strong> に始まり、その際にメールでお知らせします。途切れなく継続するには有効期限前に更新してください。その日を過ぎても、{ $grace-ends }（猶予期間）までは更新できます。
renewal-study = { $count ->
   *[other] 更新モジュールを学習する
  }
renewal-modules-done = { $count } 件中 { $done } 件完了
renewal-pass-exam = 更新試験に合格する
renewal-go-to-exam = 「{ $exam }」へ進む
renewal-continue-exam = 「{ $exam }」を再開
renewal-exam = 「{ $exam }」
renewal-exam-reason = 「{ $exam }」：{ $reason }
renewal-kit = あなたの認定キット
