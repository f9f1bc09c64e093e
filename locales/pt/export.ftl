## /export: o período; /help: /summary e /export

export-choose-period = 📤 De que período?
button-export-3-months = Os últimos 3 meses
button-export-12-months = Os últimos 12 meses
button-export-this-year = Desde 1 de janeiro
button-export-everything = Tudo, desde o primeiro relato
help-summary = /summary — o resumo de uma cidade ou de um bairro: os momentos de tensão, numa imagem
help-export = /export — descarregar os relatos aprovados (tabela CSV ou Open311)
