# ESS Academy — 学習中の受講者向けページ（モジュールのページと理解度チェック）、日本語（英語からの翻訳）。

## A module page
module-number = モジュール { $index }
module-eyebrow = モジュール { $index }/{ $count } · 約 { $duration }
module-objectives = このモジュールで学ぶこと
module-untranslated = このモジュールはまだ{ $language }で提供されていないため、英語で表示しています。進捗はどの言語で学習しても同じように記録されます。
module-pager = モジュール
module-back-to-syllabus = シラバスに戻る
module-on-this-page = このページの内容

## Knowledge checks
kcheck-label = 理解度チェック { $number }
kcheck-choose-all = （当てはまるものをすべて選択）
kcheck-submit = 回答を確認
kcheck-again = もう一度確認
kcheck-tries = { $count ->
   *[other] { $count } 回
  }
kcheck-right = ✓ 正解です。
kcheck-wrong = ✗ 惜しいです。もう一度お試しください。
kcheck-why = 解説：
kcheck-choose-first = 先に回答を選択してください。
