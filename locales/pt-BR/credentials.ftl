# ESS Academy — as credenciais: a página do kit de uma credencial, a página pública de verificação e a página
# de renovação do titular, em português do Brasil (traduzidas do inglês).
# Uma chave que contém marcação é indicada com "(HTML)" e exibida sem escape; seus argumentos são escapados
# pela página antes de serem inseridos.

## The state of a credential
credential-status-valid = Válida
credential-status-expired = Expirada
credential-status-revoked = Revogada

## The kit page (credentials/kit.html)
cred-kit-title = Kit de credencial: { $title }
cred-kit = Kit de credencial
cred-mine = Minha credencial
cred-of = Credencial de { $name }
cred-issued-on = emitida em { $date }
cred-renewed-on = renovada em { $date }
cred-expired-on = expirou em { $date }
cred-valid-until = válida até { $date }
cred-reissued = reemitida com o nome corrigido
cred-notice-revoked = A credencial foi revogada. A página de verificação mostra o motivo.
cred-notice-reason-needed = Informe um motivo para revogar a credencial (de 1 a 500 caracteres).
cred-notice-expiry-changed = A data de expiração foi alterada, e o histórico registra o motivo.
cred-notice-expiry-date-needed = Informe a nova expiração como data (AAAA-MM-DD).
cred-notice-expiry-reason-needed = Informe um motivo para a alteração (de 1 a 500 caracteres) e uma data posterior à emissão, em até 10 anos.
# (HTML)
cred-kit-revoked = <strong>Revogada.</strong> { $reason } Os arquivos abaixo indicam isso; não os use.
# (HTML)
cred-kit-expired = <strong>Expirou em { $date }.</strong> O selo e a assinatura de e-mail já mostram isso.
# (HTML)
cred-kit-grace-holder = Ainda é possível renová-la até { $date } ({ $days ->
    [one] resta { $days } dia de carência
   *[other] restam { $days } dias de carência
  }): <a href="/renewal">renove agora</a>; a mesma credencial volta a valer por um ano.
cred-kit-grace = Ainda é possível renová-la até { $date } ({ $days ->
    [one] resta { $days } dia de carência
   *[other] restam { $days } dias de carência
  }); a mesma credencial volta a valer por um ano.
# (HTML)
cred-kit-earned-again = Ela foi conquistada de novo em um novo ciclo de certificação: <a href="/credentials/{ $id }">a credencial atual</a>.
cred-kit-grace-ended = O período de carência para renovar terminou em { $date }.
# (HTML)
cred-earn-again = Conquiste a especialização de novo desde o início: <a href="/exams">as duas provas estão abertas para você</a>, e ao passar nelas você recebe uma nova credencial vinculada a esta.
# (HTML)
cred-kit-renewal-open = <strong>A renovação está aberta.</strong> Renove até { $date } e a nova expiração será um ano depois dessa data: renovar cedo não faz você perder nada.
# (HTML)
cred-kit-renew-now = <a href="/renewal">Renovar agora</a>.
# (HTML)
cred-kit-earlier = Esta credencial foi conquistada de novo depois que <a href="/credentials/{ $id }">uma anterior</a> expirou.
cred-badge-alt = Selo: { $title }, { $name }
cred-downloads = Downloads
cred-certificate-a4 = Certificado, A4 (PDF)
cred-certificate-letter = Carta (EUA)
cred-badge-png = Selo em PNG, 600 × 600
cred-badge-svg = SVG
cred-ob3 = Credencial Open Badges 3.0 (JWT assinado)
# (HTML)
cred-badges-hint = Os selos PNG e SVG levam dentro uma asserção Open Badges 2.0, que mochilas e carteiras de selos conseguem ler. O JWT é uma credencial Open Badges 3.0 assinada para carteiras digitais (chaves: <a href="/.well-known/jwks.json">JWKS</a>).
cred-verify-page-for-anyone = Página de verificação, aberta a qualquer pessoa:
cred-signature = Assinatura de e-mail
cred-signature-graphic = A imagem da sua assinatura de e-mail
cred-signature-paste = Cole este HTML na sua assinatura de e-mail. A imagem leva para a sua página de verificação e sempre mostra o estado atual da credencial.
# The alternative text of the signature graphic, in the HTML the holder pastes into their e-mail signature.
cred-signature-snippet-alt = { $name }, { $title } (verificado pela ESS Academy)
cred-copy-html = Copiar o HTML
cred-download-png = Baixar o PNG
cred-linkedin = LinkedIn
cred-linkedin-add = Adicionar ao meu perfil do LinkedIn
cred-linkedin-share = Compartilhar no LinkedIn
cred-linkedin-hint = "Adicionar ao perfil" preenche a certificação: { $title }, emitida pela ESS Academy, { $issued }, com expiração em { $expires }, com o id da sua credencial e a URL de verificação.
cred-group-email = E-mails para clientes
cred-group-email-hint = Edite antes de enviar: inclua o nome do cliente e suas próprias palavras.
cred-group-rfp = Para respostas a RFPs e licitações
cred-group-rfp-hint = Cole na seção de sustentabilidade de uma resposta.
cred-group-social = Posts para redes sociais
cred-group-social-hint = Publique você mesmo ou use o link de compartilhamento do LinkedIn acima.
cred-group-signature = Texto para assinatura de e-mail
cred-group-signature-hint = Para assinaturas em texto simples; a imagem acima é para assinaturas em HTML.
cred-copy-text = Copiar o texto
cred-logo = O logotipo da especialização
cred-logo-alt = Logotipo da Especialização em Sustentabilidade Ambiental
cred-logo-text = Use o logotipo para mostrar que sua empresa participa da Especialização em Sustentabilidade Ambiental. Seu selo é seu: use-o para você, não para a sua empresa.
cred-logo-download = Baixar o logotipo (SVG)
cred-history = Histórico
cred-history-issued = Emitida
cred-history-name-corrected = Reemitida com o nome corrigido
cred-history-renewed = Renovada
cred-history-expiry-changed = Expiração alterada por um administrador do programa
cred-history-revoked = Revogada
# (HTML)
cred-history-entry = <strong>{ $date }</strong>: { $event }
# (HTML)
cred-history-entry-detail = <strong>{ $date }</strong>: { $event } — { $detail }
cred-history-earned-again = Conquistada de novo em um novo ciclo de certificação depois que { $id } expirou.
cred-history-expiry-moved = Expiração alterada de { $from } para { $to }.
cred-history-expiry-moved-grace = Expiração alterada de { $from } para { $to } (renovada no período de carência, por isso a partir da data da renovação).
cred-history-name-from-to = Nome corrigido de “{ $from }” para “{ $to }”
# (HTML)
cred-name-wrong = Seu nome está errado? <a href="/account#name-correction">Peça uma correção</a>: sua credencial mantém o id.
cred-expiry-change = Alterar a expiração
cred-expiry-text = Para uma prorrogação concedida pelo programa. O histórico registra a data antiga e a nova com o seu motivo; só administradores do programa veem o motivo.
cred-expiry-new = Nova expiração (UTC)
cred-reason = Motivo
cred-revoke-title = Revogar esta credencial
cred-revoke-text = A revogação é definitiva e pública: a página de verificação mostra o motivo, e as imagens do selo e da assinatura ficam cinza.
cred-revoke-reason = Motivo (exibido publicamente)
cred-revoke = Revogar

## The public verification page (verify/credential.html)
cred-verification = Verificação de credencial
# (HTML)
cred-verify-valid = <strong>Válida.</strong> Esta credencial foi emitida pela ESS Academy e está em vigor.
# (HTML)
cred-verify-expired = <strong>Expirou</strong> em { $expires }. Era válida desde { $issued }.
# (HTML)
cred-verify-revoked = <strong>Revogada.</strong> { $reason }
cred-holder = Titular
cred-credential = Credencial
cred-issued = Emitida
cred-renewed = Renovada
cred-expires = Expira
cred-earned-before = Conquistada antes
# (HTML)
cred-earned-before-value = <a href="/verify/{ $id }">a credencial da certificação anterior</a>, que expirou
cred-earned-again = Conquistada de novo
# (HTML)
cred-earned-again-value = <a href="/verify/{ $id }">a credencial atual</a>, depois que esta expirou
cred-issuer = Emissor
cred-issuer-value = ESS Academy, o programa da Especialização em Sustentabilidade Ambiental
cred-id = Id da credencial
cred-reissued-label = Reemitida
cred-reissued-value = { $date }, com o nome corrigido
cred-machine-readable = Versão legível por máquina:

## The holder's renewal (renewal/index.html)
renewal-title = Renove sua credencial
renewal-lead = Sua credencial vale por um ano. Renove-a no período antes de ela expirar e ela continua valendo sem interrupção: mesmo id, mesma página de verificação, mesma entrada no LinkedIn.
# (HTML)
renewal-none = Você ainda não tem uma credencial para renovar. Conclua o treinamento e passe nas duas provas para conquistá-la: <a href="/training">Meu treinamento</a>.
renewal-credential = Credencial { $id }
renewal-heading-open = A renovação está aberta
renewal-heading-grace = Sua credencial expirou: renove no período de carência
renewal-heading-closed = O período de renovação terminou
renewal-heading-renewed = Renovada: válida até { $date }
renewal-heading-not-yet = A renovação abre em { $date }
# (HTML)
renewal-status-open = Sua credencial é válida até <strong>{ $expires }</strong> ({ $days ->
    [one] falta { $days } dia
   *[other] faltam { $days } dias
  }). Renove antes disso e a nova expiração será um ano depois da atual: renovar cedo não faz você perder nada.
# (HTML)
renewal-status-grace = Ela expirou em <strong>{ $expires }</strong>. Você ainda tem <strong>{ $days ->
    [one] { $days } dia de carência
   *[other] { $days } dias de carência
  }</strong> (até { $grace-ends }): se renovar agora, ela volta a valer por um ano a partir do dia da renovação.
# (HTML)
renewal-status-closed = O período de carência terminou em { $grace-ends }. Conquiste a especialização de novo desde o início: <a href="/exams">as duas provas estão abertas para você</a>, e ao passar nelas você recebe uma nova credencial vinculada a esta.
# (HTML)
renewal-status-not-yet = Sua credencial é válida até <strong>{ $expires }</strong>. A renovação abre em <strong>{ $opens }</strong>, e vamos avisar você por e-mail nesse dia. Renove antes de ela expirar para mantê-la sem interrupção; se perder essa data, ainda poderá renovar até { $grace-ends } (o período de carência).
renewal-study = { $count ->
    [one] Estude o módulo de renovação
   *[other] Estude os módulos de renovação
  }
renewal-modules-done = { $done } de { $count } concluídos
renewal-pass-exam = Passe na prova de renovação
renewal-go-to-exam = Ir para “{ $exam }”
renewal-continue-exam = Continuar “{ $exam }”
renewal-exam = “{ $exam }”
renewal-exam-reason = “{ $exam }”: { $reason }
renewal-kit = Seu kit de credencial
