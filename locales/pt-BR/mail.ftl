# ESS Academy — os e-mails, em português do Brasil (traduzidos do inglês; tratamento por "você").
# Cada mensagem serve tanto à parte de texto quanto à parte HTML de um e-mail: sem marcação.
# Datas ($expires, $opens…) e porcentagens ($score, $pass) chegam já escritas em português.

## Todos os e-mails
mail-tagline = Especialização em Sustentabilidade Ambiental
mail-footer = Você está recebendo este e-mail por causa da sua conta em { $url }.
mail-hello = Olá, { $name },
mail-hello-all = Olá,
mail-paste-link = Ou cole este link no seu navegador:
mail-see-credential = Ver sua credencial verificada
mail-anyone-verify = Qualquer pessoa pode verificar sua credencial aqui:
mail-verification-page = Sua página de verificação:
mail-renew-button = Renovar sua credencial
mail-renew-here = Renove aqui:

## Confirme seu endereço de e-mail (depois do cadastro)
mail-verify-subject = Confirme seu endereço de e-mail na ESS Academy
mail-verify-welcome = Boas-vindas à ESS Academy. Confirme seu endereço de e-mail:
mail-verify-button = Confirmar meu endereço de e-mail
mail-verify-valid = O link vale por { $days } dias. Depois, entre e comece o treinamento da Especialização em Sustentabilidade Ambiental.
mail-verify-ignore = Se você não se cadastrou, pode ignorar este e-mail.

## Redefinição de senha
mail-reset-subject = Redefina sua senha da ESS Academy
mail-reset-asked = Alguém (esperamos que você) pediu para redefinir a senha da sua conta na ESS Academy.
mail-reset-button = Escolher uma nova senha
mail-reset-here = Escolha uma nova senha aqui:
mail-reset-once = O link funciona uma única vez, por { $minutes } minutos. Se você não pediu, ignore este e-mail: sua senha continua a mesma.

## Resultado de uma prova
mail-result-subject-passed = Você passou: { $exam }
mail-result-subject-failed = Seu resultado: { $exam }
mail-result-timed-out = O tempo da sua tentativa acabou, então ela foi enviada com as respostas que você tinha salvado.
mail-result-passed = Você passou em { $exam } com { $score } ({ $correct } de { $total } corretas; a nota mínima é { $pass }).
mail-result-failed = Você obteve { $score } em { $exam } ({ $correct } de { $total } corretas); a nota mínima é { $pass }.
mail-result-review-passed = Tópicos para revisar antes de seguir em frente:
mail-result-review-failed = Tópicos para revisar antes da sua próxima tentativa:
mail-result-button = Ver seu resultado por tópico
mail-result-by-topic = Seu resultado, por tópico:
mail-result-retry = Você pode tentar de novo na página da prova quando o seu tempo de espera terminar:

## Credencial conquistada
mail-issued-subject = Agora você é { $title }
mail-issued-congratulations = Parabéns, { $name }!
mail-issued-lead = Você concluiu o treinamento e passou nas duas provas: agora você é { $title }.
mail-issued-attached = Seu certificado está anexado (PDF). Ele é válido até { $expires }.
mail-issued-kit = Seu kit de credencial (selo, assinatura de e-mail, textos para clientes e RFPs, links do LinkedIn):

## Credencial renovada
mail-renewed-subject = Sua credencial de { $title } foi renovada até { $expires }
mail-renewed-well-done = Muito bem, { $name }!
mail-renewed-in-grace = Você passou na prova de renovação: sua credencial de { $title } foi renovada. Agora ela é válida até { $expires } (um ano a partir de hoje, já que tinha expirado em { $previous }).
mail-renewed-early = Você passou na prova de renovação: sua credencial de { $title } foi renovada. Agora ela é válida até { $expires } (um ano depois do vencimento anterior, { $previous }: renovar antes não fez você perder nada).
mail-renewed-same = É a mesma credencial: o mesmo identificador, a mesma página de verificação e a mesma entrada no LinkedIn. Seu novo certificado está anexado (PDF); seu selo e sua assinatura de e-mail já mostram as novas datas.
mail-renewed-kit = Seu kit de credencial tem o certificado, o selo e a assinatura renovados:

## Renovação aberta (abre o período de renovação)
mail-open-subject = A renovação está aberta: mantenha sua credencial de { $title }
mail-open-lead = Você já pode renovar sua credencial de { $title }. Ela vence em { $expires }.
mail-open-how = Para renovar, estude o módulo de renovação (menos de uma hora) e passe na prova de renovação. Se você renovar antes de { $expires }, o novo vencimento será um ano depois do atual: renovar antes não faz você perder nada, e a especialização da sua empresa continua sem interrupção.
mail-open-missed = Se você perder a data, ainda pode renovar até { $grace-ends } (o período de carência), mas sua credencial aparece como expirada nesse intervalo.

## Credencial perto do vencimento (90, 60 e 30 dias antes)
mail-expiring-subject = Sua credencial de { $title } vence em { $days ->
    [one] { $days } dia
   *[other] { $days } dias
  }
mail-expiring-lead = Sua credencial de { $title } vence em { $expires }, daqui a { $days } dias ou menos.
mail-expiring-after = Depois dessa data, sua página de verificação, seu selo e sua assinatura de e-mail vão mostrá-la como expirada, e ela deixa de contar para a especialização da sua empresa.
mail-expiring-open = A renovação já está aberta: estude o módulo de renovação e passe na prova de renovação antes de { $expires }, e o novo vencimento será um ano depois do atual.
mail-expiring-opens = A renovação abre em { $opens }: então estude o módulo de renovação e passe na prova de renovação antes de { $expires }.
mail-expiring-how = Ver como funciona a renovação

## Credencial expirada, no período de carência
mail-grace-subject = Sua credencial de { $title } expirou: { $days ->
    [one] resta { $days } dia
   *[other] restam { $days } dias
  } de carência para renovar
mail-grace-expired = Sua credencial de { $title } expirou em { $expired }. Sua página de verificação, seu selo e sua assinatura de e-mail agora a mostram como expirada, e ela deixou de contar para a especialização da sua empresa.
mail-grace-still = Você ainda pode renová-la: { $days ->
    [one] resta { $days } dia
   *[other] restam { $days } dias
  } de carência, até { $grace-ends }. Estude o módulo de renovação e passe na prova de renovação; sua credencial volta a valer por um ano a partir do dia da renovação, com o mesmo identificador e a mesma página de verificação.
mail-grace-after = Depois de { $grace-ends }, você teria que conquistar a especialização de novo desde o início.

## Correção de nome decidida
mail-name-subject-approved = Seu nome foi corrigido
mail-name-subject-rejected = A correção do seu nome não foi aprovada
mail-name-approved = Seu nome foi corrigido para “{ $requested }”. Seu certificado, seu selo e sua assinatura de e-mail já o mostram; sua credencial mantém o identificador e a página de verificação.
mail-name-rejected = Sua solicitação para mudar seu nome para “{ $requested }” não foi aprovada.
mail-name-note = Observação do programa: { $note }
mail-name-button = Abrir sua página de treinamento

## Convite de um gestor de parceiro
mail-invite-subject = { $manager } convida você para a Especialização em Sustentabilidade Ambiental
mail-invite-lead = { $manager }, da { $partner }, convida você para a ESS Academy, para se tornar especialista em Sustentabilidade Ambiental: menos de 15 horas de módulos on-line e, depois, duas provas.
mail-invite-button = Criar minha conta
mail-invite-create = Crie sua conta com este link:
mail-invite-until = O link vale até { $expires }.

## O credenciamento do parceiro venceria (aos gestores do parceiro)
mail-lapsing-subject = { $partner }: a especialização vence em { $days } dias se ninguém renovar
mail-lapsing-lead = A { $partner } mantém a Especialização em Sustentabilidade Ambiental enquanto pelo menos { $min } profissionais da sua empresa tiverem uma credencial válida. Hoje são { $specialists }, e em { $lapses } (daqui a { $days } dias ou menos) um vencimento deixa a empresa abaixo do mínimo.
mail-lapsing-then = A partir daí, o parceiro deixa de ser credenciado e de ter direito ao Incentivo Takeback.
mail-lapsing-renewers = Renovar antes do vencimento mantém o credenciamento sem interrupção. As credenciais destas pessoas vencem até essa data:
mail-lapsing-renewer-open = { $name } ({ $email }): vence em { $expires }, renovação já aberta
mail-lapsing-renewer-opens = { $name } ({ $email }): vence em { $expires }, a renovação abre em { $opens }
mail-lapsing-or = Ou faça outra pessoa concluir o treinamento e as duas provas antes dessa data.
mail-lapsing-button = Ver quem está perto do vencimento
mail-lapsing-see = Veja a situação de cada pessoa:
