# ESS Academy — a interface em português do Brasil (traduzida do inglês).
# As chaves são agrupadas por página; uma chave que contém marcação é indicada com "(HTML)" e exibida sem escape.

## The layout (base.html)
site-name = ESS Academy
site-tagline = Especialização em Sustentabilidade Ambiental
skip-to-content = Pular para o conteúdo
nav-main = Principal
nav-courses = Cursos
nav-admin = Admin
nav-my-company = Minha empresa
nav-my-training = Meu treinamento
nav-account = Conta
nav-log-out = Sair
nav-log-in = Entrar
nav-register = Cadastrar
search-label = Pesquisar nos cursos
search-button = Pesquisar
language-label = Idioma
language-change = Alterar
footer-text = ESS Academy: treinamento e credenciais da Especialização em Sustentabilidade Ambiental para parceiros de canal.
footer-takeback = O Incentivo Takeback

## Forms (macros.html)
form-error-prefix = Erro:
form-check-fields = Alguns campos precisam da sua atenção. Verifique as mensagens abaixo.
country-label = País
country-choose = Escolha seu país
form-show-password = Mostrar
form-hide-password = Ocultar
form-copied = Copiado
form-bad-credentials = Esse e-mail e essa senha não correspondem a nenhuma conta. Verifique os dois e tente de novo, ou redefina sua senha.
form-too-many-requests = Tentativas demais. Aguarde { $seconds ->
    [one] { $seconds } segundo
   *[other] { $seconds } segundos
  } e tente de novo.

## Home page
home-title = Conquiste a Especialização em Sustentabilidade Ambiental
home-eyebrow = Para os parceiros de canal do fabricante
home-heading = Torne-se especialista em Sustentabilidade Ambiental
home-lead = Aprenda como funciona a TI circular: recolhimento de equipamentos (takeback), Refresh, redes com eficiência energética e a conversa com o cliente. Menos de 15 horas de treinamento e duas provas garantem a você uma credencial que seus clientes podem verificar e ajudam sua empresa a ser credenciada.
home-continue = Continuar meu treinamento
home-start = Começar o treinamento
home-syllabus = Ver o programa
home-why = Por que isso importa para sua empresa
home-accreditation = Credenciamento
home-accreditation-text = Um parceiro cujos profissionais são certificados é credenciado na especialização e pode mostrar isso aos clientes com o logotipo da especialização e uma página pública de verificação.
home-takeback = O Incentivo Takeback
# (HTML)
home-takeback-text = Parceiros credenciados podem obter descontos incrementais de até 7% em produtos novos registrados em negócios Takeback de renovação ou migração, nos países participantes, com recolhimento gratuito dos equipamentos antigos. <a href="/takeback">Estime um negócio</a>.
home-conversations = Novas conversas
home-conversations-text = As equipes de sustentabilidade e de compras são novos centros de decisão. Responda com confiança às perguntas das RFPs delas e ajude os clientes a descartar equipamentos antigos de forma responsável.
home-how = Como conquistar
# (HTML)
home-step-register = <strong>Cadastre-se</strong> com seu nome como ele deve aparecer no seu certificado.
# (HTML)
home-step-study = <strong>Estude os módulos</strong> no seu navegador, no seu ritmo: menos de 15 horas no total.
# (HTML)
home-step-exams = <strong>Seja aprovado em duas provas</strong>, cada uma aleatória e cronometrada.
# (HTML)
home-step-kit = <strong>Baixe seu kit de credencial</strong>: certificado, selo, assinatura de e-mail e textos para o seu marketing.

## Log in
login-title = Entrar
login-email = Endereço de e-mail
login-password = Senha
login-submit = Entrar
login-forgot = Esqueceu sua senha?
login-new-here = Primeira vez aqui?
login-create-account = Crie uma conta

## Register
register-title = Cadastro
register-heading = Crie sua conta
# (HTML) $partner is escaped by the page before it is placed here.
register-invited = Você recebeu um convite de <strong>{ $partner }</strong>: sua conta entra para a equipe da empresa, e seu gestor acompanha seu progresso (nunca suas respostas).
register-intro = Cadastre-se com seu e-mail corporativo para começar o treinamento.
register-name = Nome completo
register-name-hint = Como deve aparecer no seu certificado, no seu próprio sistema de escrita. Até 120 caracteres.
register-email = E-mail corporativo
register-company = Empresa
register-password = Senha
register-password-hint = De 10 a 128 caracteres. Algumas palavras sem relação entre si formam uma senha forte.
register-submit = Criar conta
register-already = Já tem cadastro?

## Forgotten password
forgot-title = Redefina sua senha
# (HTML) $email is escaped by the page before it is placed here.
forgot-sent = Se houver uma conta com <strong>{ $email }</strong>, enviamos para ela um link para escolher uma nova senha. O link vale por 1 hora e pode ser usado uma única vez.
forgot-back = Voltar para o login
forgot-intro = Informe o e-mail da sua conta e enviaremos um link para você escolher uma nova senha.
forgot-submit = Enviar o link

## Durations (of study, of an exam)
duration-minutes = { $minutes } min
duration-hours = { $hours } h
duration-hours-minutes = { $hours } h { $minutes } min

## Dates and numbers: a date as the language writes it in full, and a percentage
date-long = { $day } de { $month } de { $year }
month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro
percent = { $value }%

## Problems (API problem documents and error pages): `detail`, field messages and the page's heading.
problem-not-found = Não encontramos essa página ou recurso.
problem-unauthorized = Faça login para continuar.
problem-bad-credentials = Esse e-mail e essa senha não correspondem a nenhuma conta. Confira os dois e tente de novo, ou redefina sua senha.
problem-validation = Alguns campos precisam da sua atenção.
problem-payload-too-large = O corpo da solicitação ultrapassa o limite de { $kib } KiB.
problem-method-not-allowed = Este endereço não responde a { $method }: ele responde a { $allow }.
problem-too-many-requests = Tentativas demais. Aguarde { $seconds } segundos e tente de novo.
problem-unexpected = Algo deu errado do nosso lado. Tente de novo em instantes.
problem-json-content-type = Envie o corpo como JSON com Content-Type: application/json.
problem-json-invalid = O corpo não é um JSON válido: { $reason }
problem-upload-unreadable = Não foi possível ler o arquivo enviado: { $reason }.
problem-heartbeat-csrf = Um sinal de atividade enviado com o cookie de sessão precisa levar o token CSRF.
problem-form-expired = Este formulário expirou. Volte, recarregue a página e envie de novo.
problem-form-expired-or-blocked = Este formulário expirou ou seu navegador bloqueou nosso cookie. Volte, recarregue a página e envie de novo.
problem-csrf-header = Esta solicitação usa o cookie de sessão e precisa levar o cabeçalho X-CSRF-Token (ou usar Authorization: Bearer).
problem-partner-not-accredited = Sua empresa ainda não está credenciada: o certificado vem quando pessoas suficientes da sua equipe estiverem certificadas.
problem-title-not-found = Não encontrado
problem-title-unauthorized = Sessão não iniciada
problem-title-bad-credentials = Falha no login
problem-title-forbidden = Não permitido
problem-title-validation = Dados inválidos
problem-title-conflict = Conflito
problem-title-bad-request = Solicitação inválida
problem-title-payload-too-large = Solicitação grande demais
problem-title-unsupported-media-type = Tipo de conteúdo não suportado
problem-title-method-not-allowed = Método não permitido
problem-title-too-many-requests = Tentativas demais
problem-title-internal = Erro inesperado
field-unreadable = Não foi possível ler este valor: { $reason }
field-no-nul = O texto não pode conter o caractere NUL (U+0000).
field-queue-state = Use queued, sent ou failing.
field-expiry-after-issue = A validade deve ser posterior à data de emissão.
field-expiry-within = Informe uma validade dentro dos próximos { $years } anos.
field-lang-offered = Escolha um dos idiomas oferecidos.
field-one-of-languages = Escolha um destes: { $codes }.
field-search-empty = Pesquise uma palavra ou um número.
field-check-choose = Escolha uma resposta primeiro.
field-check-choose-one = Escolha uma única resposta.
field-exam-choose-one = Escolha uma única opção para esta pergunta.
field-role = Escolha learner, partner_manager ou programme_admin.
field-invitation-invalid = Este link de convite não é válido. Peça um novo ao seu gestor.
