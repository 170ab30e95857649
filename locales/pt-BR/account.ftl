# ESS Academy — a conta: a página da conta, os papéis, a exclusão de uma conta pelo titular e as mensagens dos
# campos dos formulários da conta, em português do Brasil (traduzidas do inglês).
# Uma chave que contém marcação é indicada com "(HTML)" e exibida sem escape; seus argumentos são escapados
# pela página antes de serem inseridos.

## The account page (account/index.html)
account-notice-saved = Seus dados foram salvos.
account-notice-password-changed = Sua senha foi alterada. Os outros dispositivos foram desconectados.
account-notice-correction-requested = Sua correção de nome foi solicitada. Um administrador do programa vai analisá-la, e enviaremos a resposta por e-mail.
account-details = Seus dados
account-name-on-certificate = Nome no seu certificado
account-email = E-mail
account-verified = verificado
account-not-verified = não verificado
account-role = Papel
account-member-since = Membro desde
account-save-details = Salvar dados
account-change-password = Alterar senha
account-change-password-text = Alterar sua senha desconecta você de todos os outros dispositivos.
account-current-password = Senha atual
account-correction-title = Corrija o nome no seu certificado
# (HTML) $name is escaped by the page before it is placed here.
account-correction-text = Seu nome aparece no certificado, no selo e na assinatura de e-mail exatamente como está aqui: <strong>{ $name }</strong>. Se estiver errado (um erro de digitação, um acento faltando, uma mudança legal de nome), peça uma correção. Um administrador do programa confere o pedido; depois de aprovado, sua credencial mantém o id e mostra que foi reemitida.
account-correction-waiting = Seu pedido está aguardando um administrador do programa. Você poderá pedir de novo quando ele for respondido.
account-correction-name = Seu nome como deve ser impresso
account-correction-name-hint = Até 120 caracteres, em qualquer sistema de escrita que as fontes do nosso certificado imprimem (latino, grego, cirílico, hebraico, chinês, japonês, coreano…).
account-correction-reason = Por que ele precisa ser corrigido
account-correction-submit = Pedir a correção
account-correction-requests = Seus pedidos
account-correction-from-to = “{ $from }” → “{ $to }”
account-correction-pending = pendente
account-correction-approved = aprovado
account-correction-rejected = recusado
account-data = Seus dados pessoais
account-data-text = Baixe tudo o que a ESS Academy guarda sobre você (sua conta, progresso, respostas, resultados, credenciais e os e-mails que enviamos para você) em um único arquivo JSON.
account-data-download = Baixar meus dados
account-erase-text = Você também pode excluir sua conta. Vamos pedir sua senha e explicar antes exatamente o que acontece.
account-erase-link = Excluir minha conta…

## Roles
role-learner = Aluno
role-partner-manager = Gestor do parceiro
role-programme-admin = Administrador do programa
role-only-learner = Esta página é só para alunos.
role-only-partner-manager = Esta página é só para gestores de parceiros.
role-only-programme-admin = Esta página é só para administradores do programa.

## Erasing one's account (privacy/erase.html, privacy/erased.html)
erase-title = Excluir sua conta
erase-intro = Não é possível desfazer esta ação. Quando você exclui sua conta, imediatamente:
erase-signed-out = você é desconectado de todos os dispositivos, e ninguém mais consegue entrar na conta;
erase-name-email = seu nome e seu endereço de e-mail ({ $email }) são removidos da conta;
erase-answers = suas respostas às questões das provas e às verificações de conhecimento são removidas, assim como os textos dos e-mails que enviamos para você;
erase-credentials = suas credenciais são revogadas: as páginas de verificação passam a dizer "revogada" e deixam de mostrar seu nome.
erase-what-stays = O que fica, sem o seu nome: que uma conta estudou, fez provas e com quais notas, para que os totais do programa continuem corretos; e um registro de que a conta foi excluída, quando e a pedido de quem.
# (HTML) $url is escaped by the page before it is placed here.
erase-copy-first = Quer uma cópia antes? <a href="/api/v1/me/export" download>Baixe seus dados (JSON)</a>.
erase-password = Sua senha, para confirmar que é você
erase-submit = Excluir minha conta
erase-keep = Manter minha conta
erased-title = Sua conta foi excluída
erased-done = Pronto. Você foi desconectado, e seu nome e seu endereço de e-mail não estão mais na ESS Academy.
erased-credentials = { $count ->
    [one] { $count } credencial foi revogada; a página de verificação dela agora mostra isso, sem o seu nome.
   *[other] { $count } credenciais foram revogadas; as páginas de verificação delas agora mostram isso, sem o seu nome.
  }
# (HTML)
erased-welcome-back = Se quiser voltar a estudar conosco, fique à vontade para <a href="/register">criar uma nova conta</a>.

## Messages of form fields
field-email-empty = Informe seu endereço de e-mail.
field-email-too-long = Um endereço de e-mail pode ter no máximo { $max } caracteres.
field-email-not-latin = Use um endereço de e-mail com letras latinas sem acentos, números e símbolos; endereços com acentos ou em outros sistemas de escrita ainda não são aceitos.
field-email-invalid = Informe um endereço de e-mail válido, como nome@empresa.com.br.
field-name-empty = Informe seu nome completo.
field-name-too-long = Seu nome completo pode ter no máximo { $max } caracteres (este tem { $count }).
field-name-invisible = Seu nome completo contém um caractere de controle ou invisível; digite-o de novo.
field-name-glyph = Seu nome completo contém “{ $char }”, que o certificado não consegue imprimir. Escreva seu nome sem esse caractere.
field-company-empty = Informe o nome da sua empresa.
field-company-too-long = O nome da sua empresa pode ter no máximo { $max } caracteres (este tem { $count }).
field-company-invisible = O nome da sua empresa contém um caractere de controle ou invisível; digite-o de novo.
field-partner-name-empty = Informe o nome da empresa.
field-partner-name-too-long = O nome da empresa pode ter no máximo { $max } caracteres (este tem { $count }).
field-partner-name-invisible = O nome da empresa contém um caractere de controle ou invisível; digite-o de novo.
field-country-empty = Escolha seu país.
field-country-unknown = “{ $code }” não é um código de país que conhecemos; escolha seu país na lista.
field-password-too-short = Use pelo menos { $min } caracteres na sua senha.
field-password-too-long = Use no máximo { $max } caracteres na sua senha.
field-password-control = Sua senha contém um caractere de controle; digite-a de novo.
field-current-password-wrong = Sua senha atual não está correta.
field-correction-reason = Informe o motivo da correção em 1 a { $max } caracteres.
field-correction-note = Informe o motivo da recusa em 1 a { $max } caracteres.
field-correction-same-name = Este já é o nome da sua conta e do seu certificado.
field-correction-pending = Você já pediu uma correção de nome; um administrador do programa vai responder em breve.
field-correction-approved = Este pedido já foi aprovado.
field-correction-rejected = Este pedido já foi recusado.
field-erase-password-empty = Informe sua senha para confirmar que é você.
field-erase-password-wrong = Esta não é sua senha. Nada foi excluído; tente de novo.
field-erase-only-admin = Você é o único administrador do programa. Torne outra pessoa administradora do programa primeiro e depois exclua sua conta.
field-erase-reason = Diga como o pedido chegou até você em 1 a { $max } caracteres.
field-erase-self-here = Você não pode excluir sua própria conta aqui. Use "Excluir minha conta" na página da sua conta.
field-erase-already = Esta conta já foi excluída.
