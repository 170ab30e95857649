# ESS Academy — os nomes das colunas dos arquivos CSV que os administradores baixam (os relatórios,
# as estatísticas das provas). As chaves JSON não mudam.

## Comuns
csv-dimension = Agrupamento
csv-key = Grupo
csv-label = Nome do grupo
csv-title = Título
csv-country = País
csv-partner = Código do parceiro
csv-name = Nome
csv-email = E-mail
csv-attempts = Tentativas
csv-passed = Aprovados

## Funil
csv-registered = Cadastrados
csv-verified = Confirmados
csv-started = Começaram
csv-training-complete = Treinamento concluído
csv-exam1-passed = Prova 1 aprovada
csv-exam2-passed = Prova 2 aprovada
csv-credential = Credencial

## Módulos
csv-position = Posição
csv-module = Módulo
csv-estimated-minutes = Minutos estimados
csv-learners = Alunos
csv-median-seconds = Mediana (segundos)
csv-p90-seconds = Percentil 90 (segundos)
csv-median-ratio = Mediana / estimativa

## Provas
csv-exam = Prova
csv-takers = Participantes
csv-pass-rate = Taxa de aprovação (fração)
csv-attempts-per-pass = Tentativas por aprovação

## Credenciais perto do vencimento
csv-public-id = Identificador da credencial
csv-holder-name = Titular
csv-partner-name = Nome do parceiro
csv-expires-at = Vencimento

## Parceiros
csv-members = Membros
csv-specialists = Especialistas
csv-min-specialists = Mínimo de especialistas
csv-accredited = Credenciado
csv-lapses-at = Fim do credenciamento
csv-lapsing-soon = Vence em breve

## Renovações
csv-due = Vencimentos
csv-renewed-early = Renovadas no prazo
csv-renewed-in-grace = Renovadas na carência
csv-open = Abertas
csv-in-grace = Na carência
csv-lapsed = Vencidas
csv-renewal-rate-percent = Taxa de renovação (%)

## Estatísticas de uma prova (por versão de questão)
csv-question = Questão
csv-version = Versão
csv-topic = Tópico
csv-facility = Índice de facilidade
csv-discrimination = Índice de discriminação
csv-option-counts = Respostas por opção
csv-correct-options = Opções corretas
csv-flags = Alertas
