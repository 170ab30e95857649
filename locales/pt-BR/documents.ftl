# ESS Academy — as palavras impressas nos arquivos da credencial (certificado em PDF, selo, imagem
# da assinatura de e-mail), em português do Brasil. Texto sem marcação; as datas chegam já escritas
# em português. As linhas diminuem para caber, mas quanto mais curtas, melhor.

## O certificado (PDF)
doc-cert-header = ESS Academy · Especialização em Sustentabilidade Ambiental
doc-cert-title = Certificado
doc-cert-certifies = Certificamos que
doc-cert-earned = conquistou a credencial
doc-cert-dates = Emitido em { $issued } · Válido até { $expires }
doc-cert-renewed = Renovado em { $date }
doc-cert-team = A equipe do programa ESS Academy
doc-cert-id = Identificador da credencial: { $id }
doc-cert-verify = Verificação: { $url }
# Atravessando um certificado expirado ou revogado; $status em maiúsculas.
doc-cert-status = { $status } — consulte a página de verificação
# A propriedade "assunto" do PDF.
doc-cert-subject = Certificado de { $title } de { $name }, credencial { $id }

## O certificado de credenciamento de um parceiro
doc-cert-partner-accredited = é credenciado na
doc-cert-partner-dates = Credenciado desde { $issued } · Vigente até { $expires }
doc-cert-partner-code = Código do parceiro: { $code }
doc-partner-title = Especialização em Sustentabilidade Ambiental
doc-partner-programme = Parceiro credenciado · { $count ->
    [one] { $count } especialista
   *[other] { $count } especialistas
  }

## A situação de uma credencial (em maiúsculas nos arquivos)
doc-status-expired = Expirada
doc-status-revoked = Revogada

## O selo (um disco: a área em versaletes acima da função)
doc-badge-field = Sustentabilidade ambiental
doc-badge-role = Especialista

## A imagem da assinatura de e-mail (sua última linha)
doc-signature-verified = Verificado pela ESS Academy · { $year }
doc-signature-status = { $status } · consulte a página de verificação
