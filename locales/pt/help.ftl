## /help: agir em conjunto (soluções, reuniões, anúncios, ações)
help-together =
    /solutions — as soluções do seu bairro: propor, apoiar
    /propose — propor uma solução
    /meetings — as suas reuniões e as suas respostas
help-organise = /newmeeting — organizar uma reunião (convites, lembretes, ata)
help-broadcast =
    /broadcast — enviar um anúncio, escrito ou de voz, em várias línguas
    /broadcasts — os seus anúncios: quem os recebeu
help-actions = /actions — as ações: quem faz o quê, até quando, e se ficou mais calmo
help-health =
    /health — o estado da sua cidade: ações atrasadas, leituras, reuniões, membros
    /newaction — criar uma ação
help-newaction = /newaction — criar uma ação
