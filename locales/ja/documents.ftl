# ESS Academy — 認定のファイル（証明書 PDF、バッジ、メール署名画像）に印刷される文言。
# マークアップなしのテキストです。日付は日本語の書き方で渡されます。行は収まるまで縮小されますが、短いほど読みやすくなります。

## 証明書（PDF）
doc-cert-header = ESS Academy · 環境サステナビリティ・スペシャリゼーション
doc-cert-title = 認定証
doc-cert-certifies = 本証は、下記の者が
doc-cert-earned = 次の認定を取得したことを証明します
doc-cert-dates = 発行日 { $issued } · 有効期限 { $expires }
doc-cert-renewed = 更新日 { $date }
doc-cert-team = ESS Academy プログラムチーム
doc-cert-id = 認定 ID：{ $id }
doc-cert-verify = 確認：{ $url }
# 失効または取り消しの証明書に斜めに重ねる文言。$status は大文字です。
doc-cert-status = { $status }：確認ページをご覧ください
# PDF の「サブジェクト」プロパティ。
doc-cert-subject = { $name } の { $title } 証明書（認定 { $id }）

## パートナーの認定証
doc-cert-partner-accredited = 次のスペシャリゼーションの認定パートナーであることを証明します
doc-cert-partner-dates = 認定日 { $issued } · 有効期限 { $expires }
doc-cert-partner-code = パートナーコード：{ $code }
doc-partner-title = 環境サステナビリティ・スペシャリゼーション
doc-partner-programme = 認定パートナー · スペシャリスト { $count } 名

## 認定の状態（ファイル上では大文字）
doc-status-expired = 失効
doc-status-revoked = 取り消し

## バッジ（円形：役割の上に分野を小さく表示）
doc-badge-field = 環境サステナビリティ
doc-badge-role = スペシャリスト

## メール署名画像（最終行）
doc-signature-verified = ESS Academy 確認済み · { $year }
doc-signature-status = { $status } · 確認ページをご覧ください
