## A city's default language (/settings)
settings-city-language = لغة الإعلانات الأساسية في { $city }: { $lang }. من ليس لها نسخة بلغتها تصلها هذه النسخة.
button-city-language = 🌐 اللغة الأساسية: { $city }
city-language-choose = أي نسخة نرسل لمن ليس لها نسخة بلغتها؟
city-language-set = تم. اللغة الأساسية الآن: { $lang }.
