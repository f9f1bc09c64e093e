## Soluções e ações: comandos e menu

cmd-solutions = As soluções do seu bairro
cmd-actions = As ações: quem faz o quê, e até quando
menu-solutions = 💡 Soluções
menu-actions = ✅ Ações

## Soluções

solutions-status-proposed = proposta
solutions-status-accepted = escolhida
solutions-status-merged = juntada a outra
solutions-status-set-aside = posta de lado
solutions-header =
    💡 <b>Soluções para { $quartier }</b>
    Propostas por mães: { $mothers } · por parceiros locais: { $actors }
solutions-none = Ainda não há nenhuma solução proposta aqui. Pode ser a primeira.
solutions-entry =
    💡 { $text }
    Proposta por: { $role } · { $status } · 👍 { $supporters ->
        [0] nenhum apoio
        [one] { $supporters } apoio
       *[other] { $supporters } apoios
    }
solutions-entry-erased =
    💡 (texto apagado a pedido da pessoa)
    Proposta por: { $role } · { $status } · 👍 { $supporters ->
        [0] nenhum apoio
        [one] { $supporters } apoio
       *[other] { $supporters } apoios
    }
solutions-button-propose = ✍️ Propor uma solução
solutions-button-support = 👍 Apoio
solutions-button-accept = ✅ Escolher
solutions-button-merge = 🔗 Juntar a outra
solutions-button-set-aside = 🗄 Pôr de lado
solutions-button-action = 📌 Fazer dela uma ação
solutions-ask-text = O que ajudaria? Escreva a sua ideia em poucas frases. Fale do lugar e do momento, não das pessoas.
solutions-ask-text-report = O que ajudaria com o seu relato <b>{ $reference }</b>? Escreva a sua ideia em poucas frases.
solutions-proposed = Obrigada! A sua ideia ficou guardada. As outras pessoas vão vê-la com o seu papel, nunca com o seu nome.
solutions-supported = 👍 O seu apoio foi contado.
solutions-already-supported = Já apoia esta solução: o seu apoio conta uma vez.
solutions-decided = Feito: a solução está { $status }. A pessoa que a propôs é avisada.
solutions-decided-proposer = 💡 A sua ideia «{ $text }»: está { $status }. Obrigada por a propor.
solutions-merge-choose = Juntar a que solução?
solutions-merge-none = Não há outra solução aberta neste bairro.
solutions-what-would-help = 💡 O que ajudaria? Escolha um relato para propor uma ideia.

## Ações

actions-status-open = por fazer
actions-status-started = começada
actions-status-blocked = bloqueada
actions-status-done = feita
actions-button-open = 📂 Abrir
actions-button-started = ▶️ Já começou
actions-button-done = ✅ Está feita
actions-button-blocked = ⛔ Está bloqueada
actions-button-new-date = 📅 Nova data
actions-none = Por agora não tem nenhuma ação para acompanhar.
actions-line = 📌 { $what } — até { $due } — { $status }
actions-line-overdue = ⏰ { $what } — prevista para { $due }, atrasada — { $status }
actions-note = 📝 { $note }
actions-partner-text = 🗂 <b>{ $reference }</b>: { $text }
actions-assigned = 📌 Contamos consigo para uma ação: { $what }. Até { $due }. Diga como está a correr com os botões.
actions-reminder-before = ⏳ Lembrete: a ação «{ $what }» está prevista para { $due }. Como está a correr?
actions-reminder-overdue = ⏰ A ação «{ $what }» estava prevista para { $due }. Ainda não está feita: diga como está a correr ou dê uma nova data.
actions-ask-done-note = Muito bem! Em uma ou duas frases, o que foi feito? As mães que o contaram vão ler.
actions-ask-blocked-why = O que a bloqueia? Escreva em uma ou duas frases.
actions-ask-date = Que nova data? Escreva assim: 31/12/2026 (ou 31/12/2026 18:00).
actions-error-date = Não percebi esta data. Escreva assim: 31/12/2026 (ou 31/12/2026 18:00).
actions-error-date-past = Esta data já passou. Escolha uma data futura.
actions-error-carrier = Esta pessoa não pode levar uma ação neste bairro.
actions-updated = Anotado, obrigada.
actions-ask-what = O que vai ser feito, concretamente? Escreva numa frase.
actions-ask-carrier = Quem leva esta ação? Escolha uma pessoa, ou escreva o nome de um organismo (por exemplo: o senhorio).
actions-ask-due = Até quando? Escreva a data assim: 31/12/2026.
actions-created = 📌 A ação foi criada. A pessoa que a leva recebe-a com os botões, e um lembrete antes da data.
actions-said-did = 🗣 Vocês disseram, nós fizemos. O seu relato <b>{ $reference }</b>: { $done }

## Está mais calmo?

calmer-question = 🕊 Há algumas semanas, foi feito isto no seu bairro: { $what }. Desde então, neste momento da semana, está mais calmo?
calmer-question-discreet = 🕊 Uma pergunta sobre o seu bairro: neste momento da semana, está mais calmo do que há algumas semanas?
calmer-button-better = 🙂 Melhor
calmer-button-same = 😐 Igual
calmer-button-worse = 🙁 Pior
calmer-thanks = Obrigada pela sua resposta. Conta, sem o seu nome.
calmer-already-answered = Já respondeu a esta pergunta. Obrigada!
calmer-results = 🕊 Está mais calmo? Melhor: { $better } · igual: { $same } · pior: { $worse }
calmer-results-none = 🕊 Está mais calmo? Ainda não há respostas suficientes (são precisas 3).

## Saúde da cidade (coordenadora)

health-view =
    🩺 <b>{ $city }</b>
    • Ações em curso: { $open }, atrasadas: { $overdue }
    • Relatos ainda por ler: { $waiting } (o mais antigo espera há { $oldest })
    • Tempo habitual até uma primeira leitura: { $median }
    • Reuniões passadas sem ata: { $minutes }
health-hours = { $hours ->
    [one] { $hours } hora
   *[other] { $hours } horas
}
health-unknown = —

## Uma decisão de reunião torna-se uma ação
meeting-decision-line = 🤝 Decisão: { $text }
meeting-decision-line-acted = 🤝 Decisão: { $text }
    📌 Já é uma ação.
actions-decision-already = 📌 Esta decisão já é uma ação. Pode segui-la aqui.

## Uma ação criada do zero (/newaction)
cmd-newaction = Criar uma ação: quem faz o quê, e até quando
menu-new-action = ➕ Nova ação
actions-new-ask-quartier = Em que bairro é esta ação?
actions-new-ask-reports = Esta ação responde a alguns relatos? Escreva os números deles (por exemplo: BEL-0001, BEL-0004), ou toque em «Nenhum relato».
actions-new-button-no-reports = Nenhum relato
actions-new-error-references = Não reconheci nenhum número de relato. Escreva-os assim: BEL-0001, BEL-0004 — ou toque em «Nenhum relato».
actions-new-error-elsewhere = O relato { $reference } não é deste bairro. Nada foi criado: escreva outros números, ou toque em «Nenhum relato».

## A coordenadora é avisada quando uma ação fica bloqueada ou feita
actions-news-blocked = ⛔ Uma ação da sua cidade está bloqueada: «{ $what }». O que a bloqueia: { $note }
actions-news-done = ✅ Uma ação da sua cidade está feita: «{ $what }». O que foi feito: { $note }
