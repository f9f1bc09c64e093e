## /health: o estado da cidade (coordenadoras) e /propose
cmd-propose = Propor uma solução para o seu bairro
cmd-health = O estado da sua cidade: ações, leituras, reuniões, membros
solutions-which-quartier = Para qual bairro quer propor uma solução?
health-community =
    👥 Membros: { $members } (vieram nos últimos 30 dias: { $active }, não contactáveis: { $unreachable })
    • Relatos dos últimos 30 dias: { $reports }
    • { $last }
health-last-meeting = Última reunião: { $day }
health-no-meeting = Ainda não houve nenhuma reunião
