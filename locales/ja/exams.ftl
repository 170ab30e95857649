# ESS Academy — 試験：試験の案内、ナビゲーターと自動保存付きでページごとに解答する問題用紙（ページの
# スクリプトが書く文言も含む）、提出前の見直し、結果。日本語（英語からの翻訳）。
# マークアップを含むキーには "(HTML)" と記され、エスケープされずに表示されます。その引数は、挿入される前に
# ページ側でエスケープされます。

## The exam's introduction (exams/exam.html)
exam-eyebrow = 試験
exam-fact-questions = 問題数
exam-fact-questions-value = { $count } 問（あなた用にランダムに出題されます）
exam-fact-time = 制限時間
exam-fact-time-value = { $minutes } 分（開始した時点からサーバーで計測します）
exam-fact-pass = 合格ライン
exam-fact-pass-value = { $percent }（選んだ選択肢がすべて正しく、正しい選択肢に漏れがない場合にのみ、その問題は正解になります）
exam-fact-attempts = 受験回数
exam-fact-attempts-value = { $used } 回受験済み、残り { $left } 回
exam-best-score = 最高得点 { $score }
exam-passed = この試験に合格しています。
exam-continue = 受験を再開する
exam-autosave = 回答は随時保存されます。ページを再読み込みしたり接続が切れたりしても、何も失われません。時間切れになると、保存済みの回答が採点されます。
exam-start = 試験を開始する

## Why an exam cannot be started now
exam-reason-passed = この試験には合格済みです。
exam-reason-passed-and-held = この試験に合格し、認定を保有しています。更新ページから更新試験を受けて、認定を有効に保ってください。
exam-reason-verify-email = 先にメールアドレスを確認してください。確認用のリンクは、お送りしたメールに記載されています。
exam-reason-training = この試験は、トレーニングを修了すると受験できるようになります。
exam-reason-after-exam = この試験は、「{ $exam }」に合格すると受験できるようになります。
exam-reason-no-attempts = { $count ->
   *[other] 受験できる { $count } 回をすべて使用しました。プログラム管理者が追加の受験を認めることができます。
  }
exam-reason-cooldown = { $wait }後に再受験できます（受験と受験の間には待機時間があります）。
exam-wait-minutes = { $minutes ->
   *[other] { $minutes } 分
  }
exam-wait-hours = { $hours ->
   *[other] { $hours } 時間
  }
exam-wait-hours-minutes = { $hours } 時間 { $minutes } 分
exam-reason-renewal-holders-only = 更新試験は認定の保有者向けです。まずトレーニングと 2 つの試験で認定を取得してください。
exam-reason-revoked = この認定は取り消されているため、更新できません。
exam-reason-renewal-not-yet = 更新の受付は { $opens } に始まります（認定の有効期限 { $expires } の { $days } 日前）。
exam-reason-renewal-closed = 更新の猶予期間は { $date } に終了しました。スペシャリゼーションを改めて取得してください。トレーニングの試験を受験できます。
exam-reason-renewal-module = 先に更新モジュール「{ $module }」を修了してください。

## A page of the paper (exams/attempt.html)
exam-page-title = { $page }/{ $pages } ページ：{ $exam }
exam-page-heading = { $page }/{ $pages } ページ
exam-page-questions = 全 { $total } 問中 { $first }～{ $last } 問目
exam-question-of = 問題 { $number }/{ $total }
exam-choose-all = （当てはまるものをすべて選択）
exam-flag = 見直し用にマーク
exam-flag-which = ：問題 { $number }
exam-previous-page = 前のページ
exam-save-answers = 回答を保存
exam-next-page = 次のページ
exam-review-and-submit = 見直して提出
exam-notice-saved = 回答を保存しました。

## The exam bar (exams/bar.html)
exam-bar-attempt = { $number } 回目の受験
exam-time-left = 残り時間：
exam-answered-of = { $total } 問中 { $count } 問に回答済み
exam-flagged-count = { $count } 問にマーク
exam-all-saved = すべての回答を保存済み
exam-unsaved = { $count } 問が未保存
exam-answered = { $count } 問に回答済み

## The question navigator (exams/navigator.html)
exam-nav-title = 問題
exam-nav-label-answered = 問題 { $number }、回答済み
exam-nav-label-unanswered = 問題 { $number }、未回答
exam-nav-label-answered-flagged = 問題 { $number }、回答済み、見直し用にマーク
exam-nav-label-unanswered-flagged = 問題 { $number }、未回答、見直し用にマーク
exam-legend-answered = 回答済み
exam-legend-unanswered = 未回答
exam-legend-flagged = マーク
exam-nav-noscript = 番号から別のページに移動する前に、このページを保存してください。問題の下にあるボタンで保存できます。

## What the page's script writes (static/js/exam.js)
exam-js-minutes-left = { $minutes ->
   *[other] 残り { $minutes } 分です。
  }
exam-js-time-up = 時間切れです。保存済みの回答を提出しています。
exam-js-saving = 保存中…
exam-js-saved = 保存済み
exam-js-not-saved-time-up = 保存されていません。時間切れです。
exam-js-retrying = まだ保存されていません。再試行しています…
exam-js-flag-time-up = 時間切れのため、マークは変更されませんでした。
exam-js-flagged = 見直し用にマークしました
exam-js-unflagged = マークを外しました
exam-js-flag-failed = マークを保存できませんでした。接続を確認して、もう一度お試しください。
exam-js-saving-before-leaving = 移動する前に保存しています…
exam-js-unsaved-warning = まだ保存されていない回答があります。接続を確認してから、もう一度お試しください。

## The review before submission (exams/review.html)
exam-review-title = 見直し：{ $exam }
exam-review-heading = 提出前の見直し
# (HTML)
exam-review-summary = <strong>{ $total } 問中 { $answered } 問</strong>に回答しました：<a href="#unanswered-title">未回答 { $unanswered } 問</a>、<a href="#flagged-title">見直し用にマーク { $flagged } 問</a>。
exam-unanswered-heading = 未回答（{ $count }）
exam-unanswered-hint = 回答のない問題は得点になりません。番号を選ぶと、その問題に戻れます。
exam-question-number = 問題 { $number }
exam-all-answered = すべての問題に回答済みです。
exam-flagged-heading = 見直し用にマーク（{ $count }）
exam-none-flagged = マークした問題はありません。問題の下にある「見直し用にマーク」を使うと、ここで再び見つけられます。
exam-submit-final = 提出すると回答が採点され、変更できなくなります。
exam-back-to-questions = 問題に戻る
exam-submit = 提出して採点する
exam-notice-time-up = 時間切れです。回答はもう変更できません。今すぐ提出して、保存済みの回答を採点してください。

## The result (exams/result.html)
exam-result-title = 結果：{ $exam }
exam-result = 結果
exam-attempt-number = { $number } 回目の受験
exam-result-passed = 合格です
exam-result-failed = 今回は不合格でした
exam-pass-mark = （合格ライン { $percent }）
exam-by-topic = トピック別
exam-topic = トピック
exam-topic-correct = 正解数
exam-topic-score = { $total } 問中 { $correct } 問
# (HTML)
exam-renewed = <strong>認定が更新されました。</strong>ID と確認ページは変わりません。新しい証明書はメールでお届けします。
exam-see-new-dates = 新しい日付を見る
exam-well-done = おめでとうございます。
exam-back-to-training = 受講状況に戻る
exam-try-again = 正解の少なかったトピックのモジュールを復習し、受験間の待機時間が過ぎたら再受験してください。
exam-see-attempts = 受験履歴を見る
exam-review = 解答の確認
exam-review-right = 正解
exam-review-wrong = 不正解
exam-review-correct-option = （正解）
exam-review-your-choice = （あなたの回答）
