# Agenda MMM — português (europeu).
# Os argumentos entre { $… } já estão escapados para o HTML do Telegram.

language-name = Português

## O que o Telegram mostra antes de /start

bot-description = A Agenda MMM para viver melhor juntos põe as mães no centro do diálogo do bairro. Conte o que corre mal no bairro. Reúna-se de igual para igual com a polícia, a escola, os assistentes sociais e os autarcas. Acompanhe as soluções. Por convite da sua cidade.
bot-short-description = As mães no centro do diálogo do bairro.

## Descrições dos comandos (menu «/» do Telegram)

cmd-start = Começar ou entrar com um código
cmd-help = O que pode fazer
cmd-language = Mudar de língua
cmd-settings = As suas definições
cmd-cancel = Parar o que está em curso
cmd-privacy = Quem vê o quê, os seus direitos
cmd-invite = Criar um convite
cmd-members = Membros de um bairro
cmd-revoke = Anular um convite
cmd-newquartier = Criar um bairro
cmd-newcity = Criar uma cidade
cmd-linkgroup = Ligar este grupo a um bairro

## Papéis

role-mother = mãe
role-relay = mãe de ligação
role-facilitator = dinamizadora de oficinas de mães
role-actor = parceiro local
role-coordinator = coordenadora
role-elected = autarca
role-relay-plural = mães de ligação
role-facilitator-plural = dinamizadoras

## Erros e respostas gerais

error-generic = Ups, algo correu mal do nosso lado. Nada se perdeu: tente outra vez daqui a pouco.
error-not-allowed = Não tem permissão para fazer isto.
error-stale-button = Este botão já não é válido. Recomece a partir do menu.
error-not-registered = Olá! Para começar, envie /start.
error-private-only = Este comando só funciona numa conversa privada comigo.
error-group-only = Este comando só funciona no grupo de Telegram do bairro.
error-unknown-command = Não conheço este comando. Envie /help para ver o que pode fazer.
error-expected-text = Aqui espero uma mensagem escrita.
error-expected-choice = Escolha uma resposta com os botões acima, ou envie /cancel para parar.
error-empty-text = Este texto está vazio.
error-text-too-long = É demasiado longo: { $max ->
        [one] no máximo { $max } caráter.
       *[other] no máximo { $max } caracteres.
    }
error-bad-characters = Este texto tem caracteres que não consigo usar.
error-bad-prefix = O prefixo de um bairro escreve-se com 2 a 4 letras, por exemplo BEL.
error-bad-timezone = Não conheço este fuso horário. Exemplo: Europe/Paris.
error-unknown-language = Não conheço esta língua.
error-unknown-role = Não conheço este papel.
error-edited = Não leio mensagens editadas: envie antes uma mensagem nova.
error-not-allowed-instead = Eis o que pode fazer: { $commands }
dialogue-expired = A sua conversa anterior ficou a meio durante { $hours ->
        [one] { $hours } hora
       *[other] { $hours } horas
    }: apaguei-a. Pode recomeçar quando quiser.
cancelled = Está anulado. Nada foi guardado.
nothing-to-cancel = Não há nada em curso.

## Botões

button-continue = ✅ Continuar
button-skip = ⏭ Saltar
button-discreet-on = 🤫 Sim, modo discreto
button-discreet-off = 👁 Não, obrigada
button-revoke = 🚫 Anular este convite
button-end-role = ✖️ Terminar o papel
button-change-role = 🔁 Mudar o papel
button-toggle-discreet = 🤫 Modo discreto: mudar
button-change-name = ✏️ Mudar o meu nome
button-remove-name = 🗑 Apagar o meu nome
button-change-language = 🌐 Mudar de língua

## Menu principal (teclado)

menu-help = ❓ Ajuda
menu-settings = ⚙️ Definições
menu-language = 🌐 Língua
menu-privacy = 🔐 Privacidade
menu-invite = ✉️ Convidar
menu-members = 👥 Membros
menu-new-quartier = 🏘 Novo bairro
menu-new-city = 🏙 Nova cidade
menu-shown = Aqui está o menu.

## Inscrição

onboarding-choose-language = Bem-vinda à <b>Agenda MMM para viver melhor juntos</b>! Escolha a sua língua:
onboarding-notice =
    <b>Antes de começar</b>
    • Os seus relatos são lidos pela coordenadora da sua cidade.
    • As mães de ligação e as dinamizadoras do seu bairro também os leem, só se assim o escolher.
    • A polícia, a escola, os outros parceiros e os autarcas nunca veem o seu nome.
    • Guardamos a sua língua, o seu bairro e o seu papel; o seu nome só se o quiser dar.
    • Uma conversa deixada a meio é apagada ao fim de { $hours ->
        [one] { $hours } hora.
       *[other] { $hours } horas.
    }
    • Pode ver tudo e apagar tudo a qualquer momento.
onboarding-ask-code = Envie o código de convite que lhe deram (12 letras e números, por exemplo <code>K7QX-M2PA-9RTD</code>).
onboarding-ask-name = Como quer que a tratemos? O seu nome <b>não é obrigatório</b>. Só será mostrado às pessoas que leem os seus relatos, e só se o escolher. Pode saltar este passo.
onboarding-ask-discreet =
    <b>Modo discreto</b>
    Serve se outra pessoa puder ver o seu telemóvel. Os seus relatos são apagados desta conversa depois de enviados. As minhas mensagens não dizem nada sobre o que contêm. Quer ativá-lo? Pode mudar isto em /settings.
onboarding-welcome = Bem-vinda! Entrou em <b>{ $place }</b> como <b>{ $role }</b>.
onboarding-welcome-admin = Bem-vinda! É a operadora deste bot: é quem o faz funcionar. Comece por criar uma cidade com /newcity.
onboarding-privacy-guide =
    <b>Proteja-se no Telegram</b>
    • Esconda o seu número: Definições → Privacidade e Segurança → Número de Telefone → «Ninguém».
    • Bloqueie o Telegram com um código: Definições → Privacidade e Segurança → Senha de Bloqueio.
    • As suas mensagens comigo só se veem nesta conversa: apague-a quando quiser.
onboarding-already-member = Já está inscrita.
joined-new-role = Feito: agora é <b>{ $role }</b> em <b>{ $place }</b>.
joined-already = Já tem este papel em <b>{ $place }</b>.
inviter-joined-named = <b>{ $name }</b> entrou em { $place } como { $role }, graças ao seu convite.
inviter-joined-unnamed = Uma nova pessoa entrou em { $place } como { $role }, graças ao seu convite.

## Convites recusados

invite-problem-unknown = Este código de convite não existe. Verifique-o, ou peça um novo.
invite-problem-expired = Este convite expirou. Peça um novo à pessoa que lho deu.
invite-problem-used-up = Este convite já foi usado todas as vezes previstas. Peça um novo.
invite-problem-revoked = Este convite foi anulado. Peça um novo.

## Ajuda

help-intro = <b>Agenda MMM</b> — o que pode fazer:
help-everyone =
    /language — mudar de língua
    /settings — as suas definições (modo discreto, nome)
    /privacy — quem vê o quê, os seus direitos
    /mydata — ver e descarregar os seus dados
    /forget — apagar a sua conta e os seus dados
    /cancel — parar o que está em curso
help-inviter = /invite — convidar uma mãe do seu bairro
help-coordinator =
    /invite — convidar uma mãe, uma mãe de ligação, uma dinamizadora, um parceiro local ou um autarca
    /members — ver os membros de um bairro, mudar ou terminar um papel
    /revoke — anular um convite
    /newquartier — criar um bairro
    /linkgroup — ligar o grupo de Telegram de um bairro ao bairro (envie-o no grupo)
help-admin =
    /newcity — criar uma cidade
    /newquartier — criar um bairro
    /invite — nomear uma coordenadora
help-not-member = Ainda não é membro de nenhum bairro: envie /start seguido do seu código de convite.

## Língua e definições

language-choose = Escolha a sua língua:
language-changed = Combinado: agora falo consigo em português.
settings-summary =
    <b>As suas definições</b>
    Língua: { $language }
    Nome: { $name }
    Modo discreto: { $discreet }
settings-name-none = (nenhum)
settings-on = ativado
settings-off = desativado
settings-discreet-changed = Modo discreto: { $state }.
settings-ask-name = Envie o nome que quer usar.
settings-name-saved = Nome guardado.
settings-name-removed = Nome apagado.

## Privacidade


## Cidades e bairros

newcity-ask = Envie o nome da cidade, seguido do seu fuso horário se não for { $tz }. Exemplo: <code>Roubaix</code> ou <code>Cayenne America/Cayenne</code>
newcity-created = Cidade <b>{ $city }</b> criada (fuso horário { $tz }). Nomeie a sua coordenadora com /invite.
newcity-duplicate = Já existe uma cidade com este nome.
newquartier-ask = Envie o prefixo do bairro (2 a 4 letras; depois já não pode ser mudado) e a seguir o nome. Exemplo: <code>BEL Belleville</code>
newquartier-choose-city = Em que cidade?
newquartier-created = Bairro <b>{ $quartier }</b> ({ $prefix }) criado em { $city }. Convide os seus membros com /invite.
newquartier-duplicate = O prefixo { $prefix } já está a ser usado nesta cidade.
no-city-yet = Ainda não há nenhuma cidade onde possa fazer isto.

## Convites

invite-choose-role = Para que papel é este convite?
invite-choose-place = Para que bairro ou que cidade?
invite-nothing-to-grant = De momento não pode convidar ninguém.
invite-created =
    <b>Convite: { $role }</b> — { $place }
    Código: <code>{ $code }</code>
    Ligação: { $link }
    Válido até { $until }, { $uses ->
        [one] para uma pessoa.
       *[other] para { $uses } pessoas.
    }
invite-qr-caption = Leia este código para entrar na Agenda MMM — { $place }. Ou envie /start { $code } ao bot.
invite-revoked = O convite <code>{ $code }</code> está anulado: já não pode ser usado.
invite-already-revoked = Este convite já estava anulado.
invite-list = Os seus convites ainda válidos:
invite-list-entry = <code>{ $code }</code> — { $role }, { $place } ({ $used }/{ $max })
invite-list-empty = Não tem nenhum convite em curso.

## Membros

members-choose-quartier = Os membros de que bairro?
members-header =
    <b>{ $place }</b> — { $count ->
        [0] nenhum membro
        [one] um membro
       *[other] { $count } membros
    }
members-entry = { $n }. { $name } — { $role }
members-unnamed = Membro n.º { $id }
members-choose-new-role = Novo papel para { $name }?
members-role-ended = O papel «{ $role }» de { $name } terminou.
members-role-changed = { $name } é agora { $role }.
members-role-already-ended = Este papel já tinha terminado.
member-notice-ended = O seu papel de { $role } em { $place } terminou. Obrigado pelo seu empenho!
member-notice-changed = O seu papel em { $place } é agora: { $role }.

## Grupos de Telegram dos bairros

linkgroup-usage = No grupo de Telegram do bairro, envie /linkgroup seguido do prefixo do bairro, por exemplo <code>/linkgroup BEL</code>.
linkgroup-done = Este grupo está agora ligado ao bairro <b>{ $quartier }</b>. Os anúncios do bairro poderão ser publicados aqui. Os relatos, nunca.
linkgroup-unknown-prefix = Nenhum bairro das suas cidades tem o prefixo { $prefix }.

## Relatos: comandos, menu, ajuda

cmd-report = Contar o que corre mal no bairro
cmd-myreports = Os seus relatos
menu-report = 📝 Contar
menu-myreports = 📋 Os meus relatos
help-reporter =
    /report — contar o que corre mal no bairro
    /myreports — os seus relatos e em que ponto estão

## Relatos: perigo

report-danger =
    <b>Em caso de perigo, ligue:</b>
    📞 <b>17</b> polícia · <b>112</b> emergência
    ✉️ <b>114</b> por SMS se não puder falar
    🧒 <b>119</b> uma criança em perigo
    🟣 <b>3919</b> violência contra as mulheres
    Este bot não é um serviço de emergência.
button-danger-now = 🆘 Alguém está em perigo agora
report-danger-alerted = Ligue já para estes números: atendem de dia e de noite. Também avisei a coordenadora da sua cidade. Mas ela não é um serviço de emergência. Se alguém estiver em perigo, ligue para o 17 ou para o 112.
report-danger-no-coordinator = Ligue já para estes números: atendem de dia e de noite. Não avisei ninguém: a sua cidade ainda não tem coordenadora. Se alguém estiver em perigo, ligue para o 17 ou para o 112.
alert-danger = 🆘 Uma pessoa de { $quartier } carregou em «alguém está em perigo agora». Recebeu os números de emergência.
alert-danger-city = 🆘 Uma pessoa da cidade de { $city } carregou em «alguém está em perigo agora». Recebeu os números de emergência.
report-not-member = Para contar o que se passa, tem de ser membro de um bairro. Peça um convite à sua coordenadora.

## Relatos: os passos

report-choose-quartier = Em que bairro?
report-choose-category = De que se trata?
category-neighbours = 🏘 Tensões entre vizinhos
category-school-run = 🏫 Saídas da escola e percursos
category-harassment = 🗣 Assédio ou insultos na rua
category-youth-conflict = 👊 Lutas ou conflitos entre jovens
category-insecurity = ⚠️ Tráfico de droga, insegurança
category-incivility = 🗑 Barulho, lixo, estragos
category-public-space = 💡 Ruas e lugares públicos (iluminação, equipamento partido)
category-vulnerable-person = 🧓 Pessoa frágil e sozinha
category-discrimination = ✋ Discriminação
category-other = ❔ Outra coisa
report-ask-when = Quando é que isto acontece?
button-when-now = ⏱ Agora
button-when-earlier = 🕘 Hoje, mais cedo
button-when-regularly = 🔁 Acontece muitas vezes
report-ask-slot = Em que altura do dia?
slot-early-morning = 🌅 De manhã cedo (6h–9h)
slot-morning = ☀️ De manhã (9h–12h)
slot-midday = 🍽 Ao meio-dia (12h–14h)
slot-afternoon = 🌤 À tarde (14h–16h)
slot-school-exit = 🎒 Saída da escola (16h–18h)
slot-evening = 🌆 Ao fim da tarde (18h–21h)
slot-night = 🌙 À noite (21h–6h)
report-ask-weekdays = Que dias? Toque nos dias e depois em «Confirmar».
weekday-mon = Segunda-feira
weekday-tue = Terça-feira
weekday-wed = Quarta-feira
weekday-thu = Quinta-feira
weekday-fri = Sexta-feira
weekday-sat = Sábado
weekday-sun = Domingo
button-done = ✅ Confirmar
report-ask-place = Onde? Escreva o lugar (uma rua, uma paragem de autocarro, a entrada de uma escola…) ou partilhe uma localização com 📎. Pode saltar este passo.
report-ask-content = Conte o que se passa: <b>descreva o lugar e o momento, não as pessoas</b> — sem nomes, sem rostos. Escreva, envie uma mensagem de voz 🎤 ou uma fotografia. Pode saltar este passo.
report-photos-added =
    { $count ->
        [one] Fotografia adicionada.
       *[other] { $count } fotografias adicionadas.
    } Envie mais, ou continue.
report-photo-cap-reached = É o máximo: um relato guarda no máximo { $max ->
        [one] { $max } fotografia
       *[other] { $max } fotografias
    }. Continue quando quiser.
report-photos-not-taken =
    { $count ->
        [one] Uma fotografia não foi adicionada
       *[other] { $count } fotografias não foram adicionadas
    }: um relato guarda no máximo { $max ->
        [one] { $max } fotografia
       *[other] { $max } fotografias
    }.
report-ask-audience = Quem pode ler o seu relato?
button-audience-coordinator = 🔒 Só a coordenadora
button-audience-relays = 👥 A coordenadora, as mães de ligação e as dinamizadoras do meu bairro
report-ask-identity = O seu nome pode ser mostrado a quem vai ler o seu relato?
button-named = 🙋 Sim, com o meu nome
button-anonymous = 🕶 Não, anónima
report-anonymous-warning = ⚠️ Fica anónima: ninguém verá o seu nome no bot. Mas a sua voz, uma fotografia ou uma localização exata podem fazer com que a reconheçam. O que quer fazer?
button-keep-media = Mantenho-os
button-drop-media = 🗑 Retirá-los

## Relatos: resumo e envio

report-summary =
    <b>O seu relato</b>
    Bairro: { $quartier }
    Assunto: { $category }
    Quando: { $when }
    Onde: { $place }
    O quê: { $content }
    Lido por: { $audience }
    Nome: { $identity }
report-when-now = agora
report-when-earlier = hoje — { $slot }
report-when-regularly = muitas vezes — { $days } — { $slot }
report-place-none = (não indicado)
report-place-location = uma localização partilhada
report-content-none = (nada)
report-content-voice = uma mensagem de voz
report-content-photos =
    { $count ->
        [one] uma fotografia
       *[other] { $count } fotografias
    }
report-audience-coordinator = só a coordenadora
report-audience-relays = a coordenadora, as mães de ligação e as dinamizadoras do bairro
report-identity-named = sim, com o meu nome
report-identity-anonymous = não, anónima
button-confirm = ✅ Enviar
button-change = ✏️ Alterar
button-cancel-report = ✖️ Anular
report-change-which = O que quer alterar?
step-category = O assunto
step-when = Quando
step-place = Onde
step-content = O quê
step-audience = Quem pode ler
step-identity = O nome
report-saved = Obrigado. O seu relato <b>{ $reference }</b> está guardado. Vai ser avisada a cada passo; encontre-o com /myreports.
report-cancelled = Relato anulado: nada foi guardado.
report-expected-place = Espero um lugar escrito ou uma localização partilhada (📎 → Localização), ou «Saltar».
report-expected-content = Espero um texto, uma mensagem de voz ou uma fotografia, ou «Saltar».

## Os meus relatos

myreports-none = Ainda não fez nenhum relato. Para fazer um: /report
myreports-header = <b>Os seus relatos</b>
myreports-entry = <b>{ $reference }</b> — { $category } — { $status } ({ $date })
status-new = 🆕 recebido
status-acknowledged = 👀 tido em conta
status-on-agenda = 📅 previsto para uma reunião
status-in-progress = 🔧 em curso
status-resolved = ✅ resolvido
status-duplicate = 🔁 já relatado
status-rejected = ✖️ não aceite
weekday-plain = { $day }
weekday-ticked = ✅ { $day }

## Triagem dos relatos

cmd-reports = Ler e organizar os relatos
menu-reports = 🗂 Relatos do bairro
help-triage = /reports — ler e organizar os relatos do seu bairro
triage-choose-quartier = Os relatos de que bairro?
triage-list-header =
    <b>{ $place }</b> — { $filter }: { $count ->
        [0] nenhum relato
        [one] um relato
       *[other] { $count } relatos
    }
triage-filter-open = em aberto
triage-filter-closed = encerrados
triage-list-button = { $reference } · { $date } · { $kind } · { $status } · { $category }
button-show-open = 📂 Em aberto
button-show-closed = 🗄 Encerrados
button-previous = ◀️ Anteriores
button-next = Seguintes ▶️
triage-detail =
    <b>{ $reference }</b> — { $status }
    Assunto: { $category }
    Quando: { $when }
    Onde: { $place }
    O quê: { $content }
    Lido por: { $audience }
    De: { $reporter }
triage-when-cell = { $kind } — { $days } — { $slot } (relatado em { $date })
triage-location = uma localização ({ $lat }, { $lon })
triage-reporter-anonymous = anónima
triage-reporter-unnamed = um membro sem nome
triage-set-status = → { $status }
triage-ask-reason = Porque é que este relato não é aceite? O motivo fica guardado no histórico.
triage-ask-duplicate = Que relato é que este repete? Envie a referência dele, por exemplo <code>BEL-0012</code>.
triage-duplicate-unknown = Não encontro esse relato neste bairro. Verifique a referência.
triage-status-changed = <b>{ $reference }</b>: { $status }.
report-status-changed = Há novidades sobre o seu relato <b>{ $reference }</b>: { $status }.
report-news-discreet = Há novidades sobre um dos seus relatos: abra /myreports.
triage-kind-once = uma vez
triage-kind-regularly = muitas vezes

## Alertas e limites

settings-alerts = Novos relatos: { $alerts }
alerts-immediate = 🔔 avisada de imediato
alerts-daily = 🗓 um resumo por dia
alerts-off = 🔕 sem alertas
button-alerts = 🔔 Alertas: mudar
alert-new-report = 🆕 Novo relato <b>{ $reference }</b> em { $quartier }: { $category }. Abra /reports.
alert-roundup =
    { $count ->
        [one] 🗓 Um novo relato hoje. Abra /reports.
       *[other] 🗓 { $count } novos relatos hoje. Abra /reports.
    }
report-limit = Já fez { $max ->
        [one] { $max } relato
       *[other] { $max } relatos
    } em 24 horas: obrigado! Pode continuar amanhã. Se for urgente, ligue para o 17 ou para o 112.
error-slow-down = Com calma 🙂: está a escrever-me muito depressa. Não tive em conta { $what }, nem o que enviou logo a seguir no mesmo segundo. Volte a enviá-lo daqui a um instante.
error-slow-down-button = Com calma 🙂: este botão não foi tido em conta. Carregue de novo daqui a um instante.
flood-what-message = esta mensagem
flood-what-photo = esta fotografia
flood-what-voice = esta mensagem de voz
flood-what-location = esta localização

## Acompanhamento de um relato

button-redact = ✏️ Corrigir o texto
button-drop-photos = 🗑 Retirar as fotografias
button-validate = ✅ Texto para os parceiros
button-safeguarding = 🛡 Proteger (fora dos resumos)
button-ask = ❓ Fazer uma pergunta
triage-ask-redacted = Envie o texto corrigido, sem nomes nem pormenores que permitam reconhecer alguém. Este texto substitui o original.
triage-redacted = Texto corrigido. Fica registado no histórico.
triage-photos-dropped = Fotografias retiradas. Fica registado no histórico.
triage-ask-partner-text = Envie o texto que a polícia, a escola, os outros parceiros e os autarcas vão poder ler. Diga o lugar, o momento e o problema, sem qualquer identidade.
triage-validated = Texto validado para os parceiros.
triage-safeguarding-on = 🛡 Proteção ativada: este relato não vai aparecer em nenhum resumo.
triage-safeguarding-off = Proteção retirada.
triage-ask-question = Envie a sua pergunta. Será transmitida sem o seu nome, e a resposta chegará até si sem o nome dela.
triage-question-sent = Pergunta enviada.
triage-reporter-gone = Já não é possível contactar a pessoa que fez este relato.
triage-ask-resolution = O que foi feito? A sua mensagem vai ser-lhe enviada («disse-nos, e eis o que foi feito»). Pode saltar este passo.
report-resolved = ✅ O seu relato <b>{ $reference }</b> está resolvido. O que foi feito: { $done }
question-asked = ❓ Tem uma pergunta à sua espera sobre o seu relato <b>{ $reference }</b>: abra /myreports para a ler e responder.
myreports-question = ❓ <b>{ $reference }</b>: «{ $question }»
button-answer = ✍️ Responder
answer-ask = Escreva a sua resposta. Será transmitida sem o seu nome.
answer-thanks = Obrigado, a sua resposta foi transmitida.
answer-received = ✍️ Resposta sobre <b>{ $reference }</b>: «{ $answer }»
partners-header = <b>{ $place }</b> — relatos validados para os parceiros
partners-entry =
    <b>{ $reference }</b> — { $category } — { $status }
    { $text }
partners-none = Ainda não há nenhum relato validado.

## Modo discreto

report-discreet-offer = 🤫 Outra pessoa pode ver o seu telemóvel? O modo discreto apaga este relato da conversa depois de enviado. As minhas mensagens não dirão nada sobre o seu conteúdo.
report-discreet-accepted = 🤫 Modo discreto ativado: este relato será apagado da conversa depois de enviado. Pode alterar isto em /settings.
report-discreet-declined = Está bem, não voltarei a perguntar. Pode ativar o modo discreto a qualquer momento em /settings.
report-discreet-receipt = ✔️ Recebido, obrigado. Encontre os seus relatos com /myreports.

## Filter by topic

button-by-category = 🔎 Por assunto
button-all-categories = Todos os assuntos
triage-choose-category = Que assunto?
triage-list-category = Assunto: { $category }

## Retirar uma fotografia

triage-which-photo = Que fotografia quer retirar? (pela ordem de envio)
button-drop-photo = 🗑 Fotografia { $n }

## Privacidade: /privacy, /mydata, /forget

cmd-mydata = Ver e descarregar os seus dados
cmd-forget = Apagar a sua conta e os seus dados
privacy-controller =
    <b>{ $city }</b> — quem responde pelos seus dados (o «responsável pelo tratamento»): { $controller } ({ $kind }), { $address }.
    A quem escrever sobre os seus dados: { $contact }
privacy-not-named = ainda não indicado (pergunte à sua coordenadora)
privacy-controller-unknown = A câmara municipal ou a associação que dinamiza a Agenda na sua cidade responde pelos seus dados (chama-se «responsável pelo tratamento»). O nome vai aparecer aqui assim que entrar num bairro.
privacy-kind-town-hall = câmara municipal
privacy-kind-association = associação
privacy-short = <b>Os seus direitos</b>: /mydata para ver e descarregar tudo o que guardamos sobre si, /forget para apagar tudo, /settings para corrigir o seu nome ou a sua língua. Também pode apresentar queixa à CNIL: o organismo público francês que protege os dados pessoais.
button-privacy-details = 📄 Todos os pormenores
privacy-details-collected =
    <b>O que guardamos e porquê</b>
    • A sua conta do Telegram (o número interno, não o de telefone), a sua língua e as suas definições: para lhe escrever na sua língua.
    • O seu bairro e o seu papel: para saber o que pode ver e fazer.
    • O seu nome, só se o quiser dar; pode retirá-lo em /settings.
    • Os seus relatos: o momento (dia, altura do dia), o lugar, o que descreve, as suas mensagens de voz e fotografias.
    • São enviados com o seu nome ou anónimos, como escolher.
    • Servem às pessoas que tratam deles, para agir.
    • As mensagens que o bot lhe envia, para lhas entregar. O conteúdo é apagado depois (veja os prazos mais abaixo).
    Nunca lhe perguntamos a religião, a origem ou a nacionalidade, e nenhum número é calculado por língua.
privacy-basis = <b>O que nos permite usar os seus dados em { $city }</b> (a «base legal»): { $basis }
privacy-basis-public-task = é uma missão de serviço público da câmara municipal (RGPD, art. 6.1.e). Para o seu nome, um relato com o seu nome ou uma localização exata: o seu acordo (art. 6.1.a).
privacy-basis-legitimate-interest = a associação tem um interesse legítimo: dinamizar o diálogo do bairro (RGPD, art. 6.1.f). Para o seu nome, um relato com o seu nome ou uma localização exata: o seu acordo (art. 6.1.a).
privacy-basis-unknown = <b>O que nos permite usar os seus dados</b> (a «base legal»): uma missão de serviço público da câmara municipal, ou o interesse legítimo da associação, conforme quem dinamiza a Agenda na sua cidade. Para o que não é obrigada a dar: o seu acordo.
privacy-details-who-sees =
    <b>Quem vê o quê</b>
    • Um relato é lido pela coordenadora da cidade.
    • As mães de ligação e as dinamizadoras do seu bairro também o leem, só se assim o tiver escolhido.
    • A polícia, a escola, os outros parceiros e os autarcas só leem um texto revisto e validado, sem o seu nome.
    • Nunca leem um relato posto sob proteção.
    • O seu nome só é mostrado se tiver respondido «Sim, com o meu nome».
    • Anónima quer dizer: ninguém vê o seu nome no bot, e uma localização partilhada é mostrada arredondada a cerca de 150 m.
    • A operadora técnica não lê nenhum relato no bot. Faz funcionar a máquina e vê a lista dos membros.
    • Escreve estas informações a pedido da câmara municipal ou da associação que responde pelos seus dados.
privacy-retention-city = Em <b>{ $city }</b>, o conteúdo de um relato (texto, voz, fotografias, lugar) é apagado { $months ->
        [one] { $months } mês
       *[other] { $months } meses
    } depois de ser encerrado.
privacy-details-retention =
    <b>Durante quanto tempo</b>
    • Uma conversa deixada a meio: { $hours ->
        [one] { $hours } hora.
       *[other] { $hours } horas.
    }
    • O conteúdo das mensagens enviadas pelo bot: { $outbox ->
        [one] { $outbox } dia
       *[other] { $outbox } dias
    } depois do envio.
    • O conteúdo de um relato: { $months ->
        [one] { $months } mês
       *[other] { $months } meses
    } depois de ser encerrado, salvo se a sua cidade escolher outro prazo.
    • Um relato que continua em aberto: 24 meses no máximo.
    • Depois só fica o acompanhamento: bairro, assunto, altura do dia, estado.
    • Ficam também o texto revisto sem nomes para os parceiros e as notas das coordenadoras.
    • O que liga um relato anónimo a si: 30 dias depois de ser encerrado.
    • O registo de quem abriu um relato com o seu nome: { $log ->
        [one] { $log } mês.
       *[other] { $log } meses.
    }
    • A sua conta: se não escrever durante { $warning ->
        [one] { $warning } mês
       *[other] { $warning } meses
    }, avisamo-la.
    • Ao fim de { $erasure ->
        [one] { $erasure } mês
       *[other] { $erasure } meses
    } sem mensagens, a sua conta é apagada como com /forget.
privacy-details-rights =
    <b>Os seus direitos</b>
    • Ver e levar os seus dados: /mydata. Corrigir: /settings. Apagar tudo: /forget.
    • Recusar um uso dos seus dados, ou pedir que seja limitado: escreva ao contacto para os dados da sua cidade.
    • Apresentar queixa à CNIL, o organismo público francês que protege os dados pessoais.
    • Para escrever à CNIL: www.cnil.fr/plaintes, ou CNIL, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, França.
privacy-details-telegram =
    <b>Telegram</b>
    As suas mensagens passam pelo Telegram, uma empresa sediada fora da União Europeia. O Telegram vê-as, como qualquer outra mensagem.
    Por isso, as minhas mensagens sobre os seus relatos dizem o mínimo, o modo discreto apaga os seus relatos da conversa, e os nossos registos nunca guardam o texto das suas mensagens nem o seu nome.
privacy-nothing-held = Não está inscrita: não temos nenhuma conta em seu nome, só o estado desta conversa, apagado ao fim de uma semana. Para entrar num bairro, envie /start.
mydata-summary =
    <b>O que guardamos sobre si</b>
    • Nome: { $name }
    • Inscrita desde { $since }
    • { $roles ->
        [one] 1 papel
       *[other] { $roles } papéis
    }
    • { $reports ->
        [0] nenhum relato
        [one] 1 relato, com o seu histórico
       *[other] { $reports } relatos, com o respetivo histórico
    }
    • { $questions ->
        [0] nenhuma pergunta sobre os seus relatos
        [one] 1 pergunta sobre os seus relatos
       *[other] { $questions } perguntas sobre os seus relatos
    }
    • { $messages ->
        [0] nenhuma mensagem do bot
        [one] 1 mensagem do bot, enviada ou em espera
       *[other] { $messages } mensagens do bot, enviadas ou em espera
    } (o conteúdo é apagado depois do envio, veja /privacy)
    Está tudo no ficheiro abaixo (JSON, legível por computador).
mydata-discreet = ⚠️ Modo discreto: este ficheiro fica nesta conversa. Guarde-o onde quiser e depois apague-o daqui.
mydata-caption = Os seus dados na Agenda MMM
forget-confirm =
    <b>Apagar tudo?</b>
    Vamos apagar a sua conta, o seu nome, as suas definições, os seus papéis e as mensagens à sua espera.
    Nos seus relatos, vamos apagar o texto, as mensagens de voz, as fotografias, os lugares, as perguntas e as suas respostas. Só vão ficar como números anónimos (bairro, assunto, altura do dia, estado). Assim o bairro guarda a memória do que lá se passa.
    Atenção: 30 dias depois de ser encerrado, um relato anónimo deixa de estar ligado a si. Então /forget já não o consegue encontrar nem apagar. O conteúdo (texto, voz, fotografias, lugar) é apagado mais tarde, como o de todos os relatos: { $retention }.
    Não é possível voltar atrás. Para voltar mais tarde, vai precisar de um novo convite.
forget-retention-city = em { $city }, { $months ->
        [one] { $months } mês
       *[other] { $months } meses
    } depois de ser encerrado
forget-retention-default = { $months ->
        [one] { $months } mês
       *[other] { $months } meses
    } depois de ser encerrado
button-forget-yes = 🗑 Sim, apagar tudo
button-forget-no = Não, manter a minha conta
forget-kept = Nada foi apagado.
forget-done =
    Feito: a sua conta e os seus dados foram apagados.
    { $reports ->
        [0] Não tinha nenhum relato.
        [one] O seu relato fica apenas como número anónimo (bairro, assunto, altura do dia, estado).
       *[other] Os seus { $reports } relatos ficam apenas como números anónimos (bairro, assunto, altura do dia, estado).
    }
    As mensagens que já recebeu continuam nesta conversa: pode apagá-la no Telegram. Para voltar, envie /start com um novo convite.
inactive-warning = Há muito tempo que não escreve à Agenda MMM. Se não recebermos nenhuma mensagem sua { $days ->
        [one] no próximo dia
       *[other] nos próximos { $days } dias
    }, a sua conta será apagada (os seus relatos ficam como números anónimos). Para a manter, basta enviar uma mensagem, por exemplo /help.
button-privacy-city = 🔐 Privacidade: { $city }
privacy-settings =
    <b>Privacidade — { $city }</b>
    • Responsável pelo tratamento (quem responde pelos dados): { $controller } ({ $kind })
    • Morada: { $address }
    • Contacto para os dados: { $contact }
    • Conteúdo dos relatos: { $retention }
    Cada membro vê estas informações em /privacy.
privacy-retention-months = apagado { $months ->
        [one] { $months } mês
       *[other] { $months } meses
    } depois do encerramento
privacy-retention-default = apagado { $months ->
        [one] { $months } mês
       *[other] { $months } meses
    } depois do encerramento (definição por defeito)
button-privacy-controller = ✏️ Quem responde pelos dados
button-privacy-address = ✏️ Morada
button-privacy-contact = ✏️ Contacto para os dados
button-privacy-kind = 🔁 Câmara municipal / associação
button-privacy-retention = 🔁 Prazo de conservação
privacy-ask-controller = Envie o nome de quem responde pelos dados (o «responsável pelo tratamento»), como aparece nas suas cartas. Por exemplo «Mairie de Roubaix» ou «Association des mères du Nord».
privacy-ask-address = Envie a morada postal.
privacy-ask-contact = Envie o contacto para a proteção de dados: o endereço de correio eletrónico ou a morada do encarregado da proteção de dados.
privacy-saved = Guardado.

## Privacidade e permissões: o que ainda não foi escolhido, o que já não é possível

privacy-controller-not-named =
    <b>{ $city }</b> — quem responde pelos seus dados (o «responsável pelo tratamento»): ainda não designado. A coordenadora da cidade tem de o indicar (a câmara municipal ou uma associação). Até lá, faça as suas perguntas à sua coordenadora.
privacy-basis-not-named = <b>O que nos permite usar os seus dados em { $city }</b> (a «base legal»): depende de quem responde pelos seus dados (o «responsável pelo tratamento»), ainda não designado.
privacy-settings-not-named = ⚠️ Ainda ninguém foi designado para responder pelos dados (o «responsável pelo tratamento»). Por isso os membros leem em /privacy que não está designado, e nada sobre o que nos permite usar os seus dados. Indique o nome e depois diga se é a câmara municipal ou uma associação.
settings-privacy-reminder = ⚠️ <b>{ $city }</b>: ainda ninguém foi designado para responder pelos dados (o «responsável pelo tratamento»). Indique-o com o botão «Privacidade» abaixo.
triage-content-erased = O conteúdo deste relato foi apagado: já não há texto para corrigir nem para transmitir aos parceiros.
invite-problem-withdrawn = Este convite já não é válido: a pessoa que o criou já não pode convidar. Peça um novo.
invite-problem-role-ended = O seu papel aqui terminou: um convite antigo não o restabelece. Peça um novo convite à sua coordenadora.
error-private-button = Este botão usa-se numa conversa privada comigo.

## Quartier groups: the bot keeps the door of each quartier's Telegram group
menu-join-group = 👥 Grupo do bairro
cmd-group = Entrar no grupo do meu bairro
button-join-group = Entrar no grupo
linkgroup-door = Eu guardo a porta do grupo: aceito os pedidos dos membros do bairro, recuso os outros e retiro quem deixa de ter um papel no bairro. Já não precisa de aceitar ninguém à mão.
linkgroup-rights-missing = Faltam-me estes direitos neste grupo: { $missing }. Nomeie-me administrador do grupo com estes direitos e envie de novo /linkgroup.
linkgroup-failed = O Telegram não respondeu. Nada mudou. Envie de novo /linkgroup daqui a pouco.
linkgroup-other-quartier = Este grupo já está ligado a outro bairro. Um grupo serve um só bairro.
group-right-admin = administrador
group-right-invite = «Convidar através de link»
group-right-ban = «Banir utilizadores»
group-join-offer = O grupo do seu bairro: carregue no botão para pedir para entrar. Aceito o seu pedido logo, se for membro do bairro.
group-join-none = O seu bairro ainda não tem um grupo ligado ao bot. Pergunte à sua coordenadora.
group-join-approved = Bem-vinda! Já está no grupo do bairro <b>{ $quartier }</b>.
group-join-declined = Não a posso deixar entrar no grupo do bairro <b>{ $quartier }</b>: é só para os membros do bairro. Para o ser, peça um convite à coordenadora.
group-remove-failed = Não consegui retirar uma pessoa do grupo do bairro <b>{ $quartier }</b>: provavelmente perdi os meus direitos, ou o grupo já não existe. Verifique o grupo e envie de novo /linkgroup no grupo.
group-broken = O grupo do bairro <b>{ $quartier }</b>: { $why } Já não guardo a sua porta. Envie de novo <code>/linkgroup { $prefix }</code> no grupo.
group-broken-removed = fui retirado do grupo.
group-broken-demoted = já não tenho os direitos de administrador de que preciso.
group-broken-migrated = passou a supergrupo, e o seu link de convite mudou.
settings-group-admits = Grupos dos bairros de { $city }: parceiros locais admitidos: { $actors }; autarcas admitidos: { $elected }. As mães, mães de ligação e dinamizadoras do bairro entram sempre.
button-group-actors = 👥 { $city }: parceiros locais nos grupos
button-group-elected = 👥 { $city }: autarcas nos grupos
mydata-groups = Grupos de bairro em que a deixei entrar: { $quartiers }

## Difusões: um anúncio, uma versão por língua, um relatório de entrega
menu-broadcast = 📣 Difundir um anúncio
cmd-broadcast = Difundir um anúncio (texto ou mensagem de voz, em várias línguas)
cmd-broadcasts = As minhas difusões: relatório, cancelamento
broadcast-copy = Anúncio
broadcast-ask-city = Em que cidade difundir o anúncio?
broadcast-ask-audience = A quem enviar? Toque nos bairros e papéis que quiser (nenhum bairro = a cidade toda; nenhum papel = toda a gente) e depois em «Continuar».
broadcast-button-groups = Também nos grupos Telegram dos bairros
broadcast-button-audience-done = Continuar ➡️
broadcast-ask-text = Destinatárias: { $count }. Escreva o anúncio ou envie uma mensagem de voz: será a versão na sua língua.
broadcast-ask-version = Escreva a versão { $lang } ou envie uma mensagem de voz.
broadcast-summary = Destinatárias: { $count } — { $lines }
    Toque numa língua para acrescentar ou substituir a sua versão, 👁 para ver o que vão receber.
broadcast-summary-line = { $lang } { $count } { $state ->
        [voice] ✅ (voz)
        [text] ✅
       *[missing] ➕ (vão receber a versão { $default })
    }
broadcast-button-send = 📤 Enviar agora
broadcast-button-schedule = 🕒 Agendar
broadcast-preview = Pré-visualização — versão { $lang }:
broadcast-preview-fallback = Pré-visualização — sem versão { $lang }: estas pessoas vão receber a versão { $default }:
broadcast-preview-none = Ainda não há nenhuma versão: nada a mostrar para { $lang }.
broadcast-preview-text = { $text }
broadcast-ask-when = Quando enviar? Escreva a data e a hora da cidade ({ $timezone }), por exemplo 25/12/2030 18:30.
broadcast-error-when = Não percebi essa data. Escreva-a como 25/12/2030 18:30 (hora de { $timezone }).
broadcast-error-empty = O anúncio está vazio: escreva um texto ou envie uma mensagem de voz.
broadcast-error-too-long = Tem { $over ->
        [one] { $over } carácter
       *[other] { $over } caracteres
    } a mais (no máximo { $max }). Encurte o texto e envie-o de novo.
broadcast-error-no-recipients = Ninguém receberia este anúncio: escolha outros bairros ou papéis.
broadcast-error-past = Essa data já passou: escolha uma data futura.
broadcast-error-no-version = O anúncio ainda não tem nenhuma versão: escreva um texto ou envie uma mensagem de voz.
broadcast-error-expected-text-or-voice = Estou à espera de um texto ou de uma mensagem de voz (não de um autocolante nem de um ficheiro).
broadcast-queued = A caminho: envios em fila: { $count }. Vou dando notícias aqui.
broadcast-scheduled = Anúncio agendado para { $when }. Pode cancelá-lo até lá.
broadcast-button-cancel = ✖️ Cancelar a difusão
broadcast-button-report = 📊 Relatório
broadcast-list-empty = Ainda não difundiu nenhum anúncio.
broadcast-status-scheduled = agendada
broadcast-status-sending = a ser enviada
broadcast-status-done = terminada
broadcast-status-cancelled = cancelada
broadcast-figures = Difusão n.º { $id } ({ $status }): recebidas { $delivered }, em espera { $queued }, inalcançáveis { $unreachable }, falhadas { $failed }, retiradas { $withdrawn }; «percebido»: { $understood }.
    { $lines }
broadcast-figures-line = { $lang }: recebidas { $delivered }, em espera { $queued }, inalcançáveis { $unreachable }, falhadas { $failed }
broadcast-progress = 📣 A enviar — { $figures }
broadcast-final = ✅ Envio terminado — { $figures }
broadcast-cancelled = Difusão cancelada: envios retirados: { $withdrawn }; já tinham saído: { $gone }.
broadcast-not-understood = Ainda sem «percebido»: { $names } { $others ->
        [0] {""}
       *[other] (outras pessoas: { $others })
    }
broadcast-understood-button = Percebido ✅
broadcast-understood-thanks = Obrigada, ficou registado ✅
broadcast-understood-already = Já estava registado ✅
