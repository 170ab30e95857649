# ESS Academy — 受講者自身のページ：「受講状況」、印刷用の受講記録、コースの検索。日本語（英語からの翻訳）。
# マークアップを含むキーには "(HTML)" と記され、エスケープされずに表示されます。その引数は、挿入される前に
# ページ側でエスケープされます。

## My training (training/index.html)
training-welcome = ようこそ、{ $name } さん。
training-notice-verification-sent = 確認用のメールを再送しました。メール内のリンクは 7 日間有効です。
# (HTML)
training-verify-email = <strong>メールアドレスを確認してください。</strong>{ $email } にリンクを送信しました。試験を受けるには、確認済みのメールアドレスが必要です。
training-send-link-again = リンクを再送する
training-your-credential = あなたの認定
training-credential-dates = 発行日 { $issued } · 有効期限 { $expires }
# (HTML)
training-renewal-open = <strong>次のステップ：認定を更新してください。</strong>期限は { $expires } です（残り { $days ->
   *[other] { $days } 日
  }）。
# (HTML)
training-renewal-grace = <strong>認定の有効期限が切れました。</strong>更新できる猶予期間は残り { $days ->
   *[other] { $days } 日
  }です。
# (HTML)
training-renewal-closed = <strong>更新期間は終了しました。</strong>スペシャリゼーションを改めて取得してください。<a href="/exams">2 つの試験を受験できます</a>。
training-renewal-not-yet = 次のステップ：更新の受付は { $opens } に始まります（{ $days ->
   *[other] { $days } 日後
  }）。
training-renewal-how = 更新の仕組み
training-renew-now = 今すぐ更新
training-your-badge = あなたのバッジ
training-open-kit = 認定キットを開く
training-certificate-pdf = 証明書（PDF）
# (HTML)
training-kit-hint = キットには、証明書、バッジ、メール署名、お客様や RFP 向けにすぐ使える文面、LinkedIn 用のリンクが含まれます。認定は<a href="/verify/{ $id }">あなたの確認ページ</a>で誰でも確認できます。
training-complete-tag = トレーニング修了
training-progress-label = トレーニングの進捗
# (HTML)
training-progress = <strong>{ $required } モジュール中 { $done } モジュール</strong>を完了 · 学習時間 { $active } 分（目安：{ $estimated } 分）
# (HTML)
training-complete = <strong>トレーニングを修了しました。</strong>次は 2 つの試験です。どちらもランダム出題で、制限時間があります。
# (HTML)
training-complete-exempt = <strong>トレーニングを修了しました（免除）。</strong>次は 2 つの試験です。どちらもランダム出題で、制限時間があります。
training-resume = 「{ $module }」を再開
training-resume-percent = { $percent } まで進んでいます
# (HTML)
training-next-module = 次に修了するモジュール：<a href="/courses/{ $course }/{ $slug }">{ $module }</a>。すべてのモジュールを修了すると、試験 1 を受験できるようになります。
training-start-with = 「{ $module }」から始める
training-modules = モジュール
training-module-minutes = { $active }/{ $required } 分
training-optional = 任意
training-exams = 試験
training-exam-passed = 合格
training-exam-in-progress = 受験中
training-exam-ready = 受験可能
training-exam-locked = ロック中
training-transcript-link = 印刷用の受講記録
training-none-published = 公開されているトレーニングはまだありません

## The state of a module (here, on the transcript and on an admin's page of a person)
module-state-complete = 完了
module-state-exempt = 免除
module-state-in-progress = 学習中
module-state-not-started = 未開始

## The transcript (training/transcript.html)
training-transcript-title = { $name } さんの受講記録
training-transcript = トレーニング受講記録
training-transcript-meta = 印刷日 { $date } · 学習時間は ESS Academy による計測値です
training-print = 印刷
training-transcript-active = 学習時間：{ $active }（目安：{ $estimated }）
training-transcript-completed = トレーニング修了日 { $date }
training-col-module = モジュール
training-col-state = 状態
training-col-active = 学習時間
training-col-completed = 完了日

## Search of the courses (learning/search.html)
search-title = 検索：{ $query }
search-lead = 公開中のモジュールから語句を検索します。
search-words = 検索する語句
search-nothing = 「{ $query }」に一致する結果はありません
search-found = { $count ->
   *[other] { $count } 件のセクションが見つかりました
  }
search-try = 語句を減らすか、別の語形でお試しください。
search-too-long = 検索語は { $count } 文字以内にしてください。
search-no-words = 単語または数字で検索してください。
