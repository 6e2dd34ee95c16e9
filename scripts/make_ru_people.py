"""Write data/ru/actors/people.tsv: the Russian names of people in data/en/actors/people.tsv, with the same offices.

The dated offices (codes, start and end days) are the English file's, so the two languages never disagree on who
held which office when. Only the names are Russian; the table below maps an English short name to its Russian
forms (nominative; the gazetteer matches every case form by stem). Re-run after editing either.

Usage: python scripts/make_ru_people.py
"""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "src" / "entente" / "data"

RUSSIAN = {
    "Putin": "Владимир Путин|Путин", "Medvedev": "Дмитрий Медведев|Медведев", "Mishustin": "Михаил Мишустин|Мишустин",
    "Lavrov": "Сергей Лавров|Лавров", "Peskov": "Дмитрий Песков|Песков", "Shoigu": "Сергей Шойгу|Шойгу",
    "Zakharova": "Мария Захарова|Захарова", "Volodin": "Вячеслав Володин|Володин", "Matviyenko": "Валентина Матвиенко|Матвиенко",
    "Belousov": "Андрей Белоусов|Белоусов", "Navalny": "Алексей Навальный|Навальный", "Yeltsin": "Борис Ельцин|Ельцин",
    "Gorbachev": "Михаил Горбачев|Горбачев|Горбачёв", "Primakov": "Евгений Примаков|Примаков", "Kasyanov": "Михаил Касьянов|Касьянов",
    "Fradkov": "Михаил Фрадков|Фрадков", "Zubkov": "Виктор Зубков|Зубков", "Igor Ivanov": "Игорь Иванов",
    "Tokaev": "Касым-Жомарт Токаев|Токаев", "Nazarbaev": "Нурсултан Назарбаев|Назарбаев", "Massimov": "Карим Масимов|Масимов",
    "Mamin": "Аскар Мамин|Мамин", "Smailov": "Алихан Смаилов|Смаилов", "Bektenov": "Олжас Бектенов|Бектенов",
    "Sagintayev": "Бакытжан Сагинтаев|Сагинтаев", "Tileuberdi": "Мухтар Тлеуберди|Тлеуберди", "Idrissov": "Ерлан Идрисов|Идрисов",
    "Nurtleu": "Мурат Нуртлеу|Нуртлеу", "Dariga Nazarbayeva": "Дарига Назарбаева", "Abdrakhmanov": "Кайрат Абдрахманов|Абдрахманов",
    "Atamkulov": "Бейбут Атамкулов|Атамкулов",
    "Lukashenka": "Александр Лукашенко|Лукашенко", "Makei": "Владимир Макей|Макей", "Aleinik": "Сергей Алейник|Алейник",
    "Golovchenko": "Роман Головченко|Головченко", "Ryzhenkov": "Максим Рыженков|Рыженков", "Tsikhanouskaya": "Светлана Тихановская|Тихановская",
    "Zelenskiy": "Владимир Зеленский|Зеленский", "Poroshenko": "Петр Порошенко|Пётр Порошенко|Порошенко",
    "Yanukovych": "Виктор Янукович|Янукович", "Yushchenko": "Виктор Ющенко|Ющенко", "Kuchma": "Леонид Кучма|Кучма",
    "Tymoshenko": "Юлия Тимошенко|Тимошенко", "Yatsenyuk": "Арсений Яценюк|Яценюк", "Turchynov": "Александр Турчинов|Турчинов",
    "Azarov": "Николай Азаров|Азаров", "Klimkin": "Павел Климкин|Климкин", "Kuleba": "Дмитрий Кулеба|Кулеба",
    "Shmyhal": "Денис Шмыгаль|Шмыгаль", "Sybiha": "Андрей Сибига|Сибига",
    "Pashinyan": "Никол Пашинян|Пашинян", "Sargsyan": "Серж Саргсян|Саргсян", "Kocharyan": "Роберт Кочарян|Кочарян",
    "Mirzoyan": "Арарат Мирзоян|Мирзоян", "Aliyev": "Ильхам Алиев|Алиев", "Heydar Aliyev": "Гейдар Алиев",
    "Bayramov": "Джейхун Байрамов|Байрамов", "Mirziyoyev": "Шавкат Мирзиёев|Мирзиёев|Мирзиеев", "Karimov": "Ислам Каримов|Каримов",
    "Japarov": "Садыр Жапаров|Жапаров", "Jeenbekov": "Сооронбай Жээнбеков|Жээнбеков", "Atambayev": "Алмазбек Атамбаев|Атамбаев",
    "Bakiyev": "Курманбек Бакиев|Бакиев", "Akayev": "Аскар Акаев|Акаев", "Otunbayeva": "Роза Отунбаева|Отунбаева",
    "Rahmon": "Эмомали Рахмон|Рахмон", "Serdar Berdimuhamedov": "Сердар Бердымухамедов",
    "Gurbanguly Berdimuhamedov": "Гурбангулы Бердымухамедов", "Niyazov": "Сапармурат Ниязов|Ниязов",
    "Saakashvili": "Михаил Саакашвили|Саакашвили", "Shevardnadze": "Эдуард Шеварднадзе|Шеварднадзе",
    "Zourabichvili": "Саломе Зурабишвили|Зурабишвили", "Garibashvili": "Ираклий Гарибашвили|Гарибашвили",
    "Kobakhidze": "Ираклий Кобахидзе|Кобахидзе", "Sandu": "Майя Санду|Санду", "Dodon": "Игорь Додон|Додон",
    "Xi": "Си Цзиньпин", "Hu Jintao": "Ху Цзиньтао", "Jiang Zemin": "Цзян Цзэминь", "Li Keqiang": "Ли Кэцян",
    "Li Qiang": "Ли Цян", "Wang Yi": "Ван И", "Wen Jiabao": "Вэнь Цзябао", "Qin Gang": "Цинь Ган",
    "Erdoğan": "Реджеп Тайип Эрдоган|Эрдоган", "Çavuşoğlu": "Мевлют Чавушоглу|Чавушоглу", "Fidan": "Хакан Фидан|Фидан",
    "Davutoglu": "Ахмет Давутоглу|Давутоглу", "Abdullah Gül": "Абдулла Гюль|Гюль",
    "Biden": "Джо Байден|Байден", "Trump": "Дональд Трамп|Трамп", "Obama": "Барак Обама|Обама", "Bush": "Джордж Буш|Буш",
    "Bill Clinton": "Билл Клинтон", "Hillary Clinton": "Хиллари Клинтон", "Blinken": "Энтони Блинкен|Блинкен",
    "Kerry": "Джон Керри|Керри", "Pompeo": "Майк Помпео|Помпео", "Tillerson": "Рекс Тиллерсон|Тиллерсон", "Rubio": "Марко Рубио|Рубио",
    "Powell": "Колин Пауэлл|Пауэлл", "Condoleezza Rice": "Кондолиза Райс",
    "Macron": "Эммануэль Макрон|Макрон", "Hollande": "Франсуа Олланд|Олланд", "Sarkozy": "Николя Саркози|Саркози",
    "Chirac": "Жак Ширак|Ширак", "Merkel": "Ангела Меркель|Меркель", "Scholz": "Олаф Шольц|Шольц", "Merz": "Фридрих Мерц|Мерц",
    "Schröder": "Герхард Шрёдер|Шредер|Шрёдер", "Steinmeier": "Франк-Вальтер Штайнмайер|Штайнмайер", "Baerbock": "Анналена Бербок|Бербок",
    "Cameron": "Дэвид Кэмерон|Кэмерон", "Theresa May": "Тереза Мэй", "Boris Johnson": "Борис Джонсон", "Truss": "Лиз Трасс|Трасс",
    "Sunak": "Риши Сунак|Сунак", "Starmer": "Кир Стармер|Стармер", "Blair": "Тони Блэр|Блэр", "Gordon Brown": "Гордон Браун",
    "Duda": "Анджей Дуда|Дуда", "Tusk": "Дональд Туск|Туск", "Orbán": "Виктор Орбан|Орбан", "Vučić": "Александр Вучич|Вучич",
    "Nauseda": "Гитанас Науседа|Науседа", "Grybauskaite": "Даля Грибаускайте|Грибаускайте", "Meloni": "Джорджа Мелони|Мелони",
    "Berlusconi": "Сильвио Берлускони|Берлускони", "Draghi": "Марио Драги|Драги", "Stoltenberg": "Йенс Столтенберг|Столтенберг",
    "Rutte": "Марк Рютте|Рютте", "von der Leyen": "Урсула фон дер Ляйен|фон дер Ляйен", "Borrell": "Жозеп Боррель|Боррель",
    "Charles Michel": "Шарль Мишель", "Guterres": "Антониу Гутерриш|Гутерриш", "Ban Ki-moon": "Пан Ги Мун",
    "Annan": "Кофи Аннан|Аннан", "Khamenei": "Али Хаменеи|Хаменеи", "Raisi": "Эбрахим Раиси|Раиси", "Rouhani": "Хасан Роухани|Роухани",
    "Pezeshkian": "Масуд Пезешкиан|Пезешкиан", "Ahmadinejad": "Махмуд Ахмадинежад|Ахмадинежад", "Zarif": "Мохаммад Джавад Зариф|Зариф",
    "Araghchi": "Аббас Аракчи|Аракчи", "Assad": "Башар Асад|Асад", "Netanyahu": "Биньямин Нетаньяху|Нетаньяху",
    "Modi": "Нарендра Моди|Моди", "Kim Jong-un": "Ким Чен Ын", "Moon Jae-in": "Мун Чжэ Ин", "Yoon Suk-yeol": "Юн Сок Ёль",
    "Kishida": "Фумио Кисида|Кисида", "Abe": "Синдзо Абэ|Абэ", "Lula": "Лула да Силва", "Maduro": "Николас Мадуро|Мадуро",
    "Khurelsukh": "Ухнаагийн Хурэлсух|Хурэлсух", "el-Sisi": "Абдель Фаттах ас-Сиси|ас-Сиси", "Ghani": "Ашраф Гани",
    "Karzai": "Хамид Карзай|Карзай", "Niinistö": "Саули Ниинисте|Ниинисте", "Stubb": "Александр Стубб|Стубб",
    "Kallas": "Кая Каллас|Каллас", "Sikorski": "Радослав Сикорский|Сикорский", "Jaishankar": "Субраманьям Джайшанкар|Джайшанкар",
}  # fmt: skip


def main() -> None:
    english = (DATA / "en" / "actors" / "people.tsv").read_text(encoding="utf-8").splitlines()
    out = [
        "# People by dated office, Russian names (generated by scripts/make_ru_people.py from data/en/actors/people.tsv:",
        "# the offices and dates are the English file's; edit the names in the script, or add rows by hand below).",
        "# Format: names (|-separated, nominative; every case form matches)\tcode\tstart\tend\toffice",
    ]
    for line in english:
        if not line.strip() or line.startswith("#"):
            continue
        names, *rest = line.split("\t")
        russian = [RUSSIAN[n] for n in names.split("|") if n in RUSSIAN]
        if russian:
            out.append("\t".join([russian[0], *rest]))
    path = DATA / "ru" / "actors" / "people.tsv"
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"{len(out) - 3} office rows -> {path}")


if __name__ == "__main__":
    main()
