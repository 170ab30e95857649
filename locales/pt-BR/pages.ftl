# ESS Academy — páginas da conta e do catálogo, em português do Brasil (traduzidas do inglês).
# Uma chave que contém marcação é indicada com "(HTML)" e exibida sem escape; seus argumentos são escapados
# pela página antes de serem inseridos.

## Error page
error-eyebrow = Erro { $status }
error-home = Ir para a página inicial
error-reference = Referência: { $reference }

## After registering
registered-title = Verifique seu e-mail
registered-eyebrow = Quase lá
# (HTML)
registered-sent = Enviamos um link de verificação para <strong>{ $email }</strong>. Abra-o para confirmar seu endereço e, depois, entre e comece seu treinamento.
registered-nothing = Nada chegou depois de alguns minutos? Procure na sua pasta de spam, ou entre e peça um novo link.

## E-mail verification
verify-done-title = E-mail verificado
verify-bad-title = Link inválido
verify-done-eyebrow = Pronto
verify-bad-heading = Este link não funciona
verify-go-training = Ir para meu treinamento

## New password
reset-title = Escolha uma nova senha
reset-password = Nova senha
reset-password-hint = De 10 a 128 caracteres. Você será desconectado de todos os outros lugares.
reset-submit = Salvar a nova senha
reset-expired = O link expirou?
reset-ask-again = Peça um novo

## First start
setup-title = Configurar a ESS Academy
setup-eyebrow = Primeiro acesso
setup-heading = Crie o administrador do programa
setup-intro = Este link de uso único cria o primeiro administrador do programa. Os administradores do programa criam os cursos, geram relatórios e gerenciam as credenciais.
setup-organisation = Organização
setup-password-hint = De 10 a 128 caracteres.
setup-submit = Criar conta de administrador

## The catalogue
catalog-title = Cursos
catalog-lead = Estude no seu ritmo, no seu navegador. Seu progresso é salvo automaticamente.
catalog-modules = { $count ->
    [one] { $count } módulo
   *[other] { $count } módulos
}
catalog-study = { $duration } de estudo
catalog-two-exams = duas provas
catalog-credential = credencial: { $name }
catalog-syllabus = Ver o programa
catalog-empty = Ainda não há cursos
catalog-empty-text = A equipe do programa ainda não publicou nenhum curso. Volte em breve.

## A course
course-breadcrumb = Trilha de navegação
course-about = Sobre este curso
course-exams = As provas
course-exam-line = { $questions } questões em { $minutes } minutos; aprovação com { $percent }%
course-credential = Credencial:
course-languages = Disponível em: { $languages }
course-start-first = Começar o primeiro módulo
course-log-in-to-start = Entre para começar
course-syllabus = Programa
course-objectives = O que você será capaz de fazer
