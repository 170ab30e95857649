# ESS Academy — 管理者がダウンロードする CSV ファイル（レポート、試験の統計）の列名。
# JSON のキーは変わりません。

## 共通
csv-dimension = 集計単位
csv-key = グループ
csv-label = グループ名
csv-title = タイトル
csv-country = 国
csv-partner = パートナーコード
csv-name = 名称
csv-email = メールアドレス
csv-attempts = 受験回数
csv-passed = 合格者数

## ファネル
csv-registered = 登録
csv-verified = メール確認済み
csv-started = 学習開始
csv-training-complete = トレーニング修了
csv-exam1-passed = 試験 1 合格
csv-exam2-passed = 試験 2 合格
csv-credential = 認定取得

## モジュール
csv-position = 順番
csv-module = モジュール
csv-estimated-minutes = 想定時間（分）
csv-learners = 学習者数
csv-median-seconds = 中央値（秒）
csv-p90-seconds = 90 パーセンタイル（秒）
csv-median-ratio = 中央値／想定時間

## 試験
csv-exam = 試験
csv-takers = 受験者数
csv-pass-rate = 合格率（比率）
csv-attempts-per-pass = 合格 1 件あたりの受験回数

## 有効期限が近い認定
csv-public-id = 認定 ID
csv-holder-name = 保有者
csv-partner-name = パートナー名
csv-expires-at = 有効期限

## パートナー
csv-members = メンバー数
csv-specialists = スペシャリスト数
csv-min-specialists = 必要なスペシャリスト数
csv-accredited = 認定済み
csv-lapses-at = 認定の失効日
csv-lapsing-soon = まもなく失効

## 更新
csv-due = 期限到来
csv-renewed-early = 期限内に更新
csv-renewed-in-grace = 猶予期間中に更新
csv-open = 受付中
csv-in-grace = 猶予期間中
csv-lapsed = 失効
csv-renewal-rate-percent = 更新率（%）

## 試験の統計（問題のバージョンごと）
csv-question = 問題
csv-version = バージョン
csv-topic = トピック
csv-facility = 正答率
csv-discrimination = 識別力
csv-option-counts = 選択肢別の回答数
csv-correct-options = 正解の選択肢
csv-flags = 注意事項
