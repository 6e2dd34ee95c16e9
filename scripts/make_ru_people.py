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
    "Serdyukov": "Анатолий Сердюков", "Sergei Ivanov": "Сергей Иванов", "Igor Sergeyev": "Игорь Сергеев",
    "Prigozhin": "Евгений Пригожин|Пригожин", "Kravchuk": "Леонид Кравчук|Кравчук", "Groysman": "Владимир Гройсман|Гройсман",
    "Honcharuk": "Алексей Гончарук", "Svyrydenko": "Юлия Свириденко|Свириденко", "Yermak": "Андрей Ермак",
    "Umerov": "Рустем Умеров|Умеров", "Reznikov": "Алексей Резников", "Zaluzhnyi": "Валерий Залужный|Залужный",
    "Syrskyi": "Александр Сырский|Сырский", "Budanov": "Кирилл Буданов", "Mykhailo Fedorov": "Михаил Федоров|Михаил Фёдоров",
    "Yekhanurov": "Юрий Ехануров|Ехануров", "Tarasyuk": "Борис Тарасюк", "Gryshchenko": "Константин Грищенко",
    "Ohryzko": "Владимир Огрызко|Огрызко", "Prystaiko": "Вадим Пристайко|Пристайко", "Poltorak": "Степан Полторак|Полторак",
    "Zagorodnyuk": "Андрей Загороднюк|Загороднюк", "Hrytsenko": "Анатолий Гриценко", "Ter-Petrosyan": "Левон Тер-Петросян|Тер-Петросян",
    "Armen Sarkissian": "Армен Саркисян", "Tigran Sargsyan": "Тигран Саркисян", "Karen Karapetyan": "Карен Карапетян",
    "Vahagn Khachaturyan": "Ваагн Хачатурян", "Edward Nalbandian": "Эдвард Налбандян", "Mnatsakanyan": "Зограб Мнацаканян|Мнацаканян",
    "Mutallibov": "Аяз Муталибов|Муталибов", "Elchibey": "Абульфаз Эльчибей|Эльчибей", "Rasizade": "Артур Расизаде|Расизаде",
    "Ali Asadov": "Али Асадов", "Mammadyarov": "Эльмар Мамедъяров|Мамедъяров", "Mehriban Aliyeva": "Мехрибан Алиева",
    "Gamsakhurdia": "Звиад Гамсахурдиа|Гамсахурдиа", "Burjanadze": "Нино Бурджанадзе|Бурджанадзе",
    "Margvelashvili": "Георгий Маргвелашвили|Маргвелашвили", "Kavelashvili": "Михаил Кавелашвили|Кавелашвили",
    "Zhvania": "Зураб Жвания|Жвания", "Ivanishvili": "Бидзина Иванишвили|Иванишвили", "Kvirikashvili": "Георгий Квирикашвили|Квирикашвили",
    "Bakhtadze": "Мамука Бахтадзе|Бахтадзе", "Gakharia": "Георгий Гахария|Гахария", "Snegur": "Мирча Снегур|Снегур",
    "Lucinschi": "Петр Лучинский|Лучинский", "Vladimir Voronin": "Владимир Воронин", "Ghimpu": "Михай Гимпу|Гимпу",
    "Timofti": "Николай Тимофти|Тимофти", "Tarlev": "Василий Тарлев|Тарлев", "Filat": "Влад Филат|Филат",
    "Gavrilita": "Наталья Гаврилица|Гаврилица", "Recean": "Дорин Речан|Речан", "Alexandru Munteanu": "Александру Мунтяну",
    "Li Peng": "Ли Пэн", "Zhu Rongji": "Чжу Жунцзи", "Yang Jiechi": "Ян Цзечи", "Li Zhaoxing": "Ли Чжаосин",
    "Wei Fenghe": "Вэй Фэнхэ", "Li Shangfu": "Ли Шанфу", "Dong Jun": "Дун Цзюнь",
    "Junichiro Koizumi": "Дзюнъитиро Коидзуми|Коидзуми", "Shinjiro Koizumi": "Синдзиро Коидзуми|Коидзуми",
    "Ishiba": "Сигэру Исиба|Исиба", "Takaichi": "Санаэ Такаити|Такаити", "Suga": "Ёсихидэ Суга", "Motegi": "Тосимицу Мотэги|Мотэги",
    "Iwaya": "Такэси Ивая", "Kamikawa": "Ёко Камикава|Камикава", "Taro Kono": "Таро Коно", "Taro Aso": "Таро Асо",
    "Kim Il Sung": "Ким Ир Сен", "Kim Jong Il": "Ким Чен Ир", "Kim Yo Jong": "Ким Е Чжон", "Choe Son Hui": "Цой Сон Хи",
    "Lee Jae-myung": "Ли Чжэ Мён", "Park Geun-hye": "Пак Кын Хе", "Lee Myung-bak": "Ли Мён Бак", "Tsai Ing-wen": "Цай Инвэнь",
    "Lai Ching-te": "Лай Циндэ", "Manmohan Singh": "Манмохан Сингх", "Rajnath Singh": "Раджнат Сингх", "Murmu": "Драупади Мурму|Мурму",
    "Imran Khan": "Имран Хан", "Shehbaz Sharif": "Шахбаз Шариф", "Nawaz Sharif": "Наваз Шариф", "Zardari": "Асиф Али Зардари|Зардари",
    "Bilawal Bhutto Zardari": "Билавал Бхутто Зардари", "Musharraf": "Первез Мушарраф|Мушарраф", "Ishaq Dar": "Исхак Дар",
    "Asim Munir": "Асим Мунир", "Akhundzada": "Хибатулла Ахундзада|Ахундзада", "Muttaqi": "Амир Хан Муттаки|Муттаки",
    "Baradar": "Абдул Гани Барадар|Барадар", "Mojtaba Khamenei": "Моджтаба Хаменеи|Хаменеи",
    "Rafsanjani": "Акбар Хашеми Рафсанджани|Рафсанджани", "Khatami": "Мохаммад Хатами|Хатами", "Mokhber": "Мохаммад Мохбер|Мохбер",
    "Amir-Abdollahian": "Хосейн Амир Абдоллахиан|Амир Абдоллахиан", "Ali Larijani": "Али Лариджани", "Jalili": "Саид Джалили|Джалили",
    "Shamkhani": "Али Шамхани|Шамхани", "Ghalibaf": "Мохаммад Багер Галибаф|Галибаф", "Soleimani": "Касем Сулеймани",
    "Nasirzadeh": "Азиз Насирзаде|Насирзаде", "Hulusi Akar": "Хулуси Акар", "Ocalan": "Абдулла Оджалан|Оджалан",
    "Sharaa": "Ахмед аш-Шараа|аш-Шараа|аль-Джулани", "Muallem": "Валид Муаллем|Муаллем", "Sudani": "Мухаммед Шиа ас-Судани|ас-Судани",
    "Isaac Herzog": "Ицхак Герцог", "Israel Katz": "Исраэль Кац", "Gallant": "Йоав Галлант|Галлант", "Gantz": "Бени Ганц|Ганц",
    "Lapid": "Яир Лапид|Лапид", "Naftali Bennett": "Нафтали Беннет", "Olmert": "Эхуд Ольмерт|Ольмерт", "Ehud Barak": "Эхуд Барак",
    "Ariel Sharon": "Ариэль Шарон", "Peres": "Шимон Перес", "Gideon Saar": "Гидеон Саар", "Arafat": "Ясир Арафат|Арафат",
    "Mahmoud Abbas": "Махмуд Аббас|Аббас", "Haniyeh": "Исмаил Хания", "Yahya Sinwar": "Яхья Синвар|Синвар",
    "Nasrallah": "Хасан Насрулла|Насрулла|Насралла", "Naim Qassem": "Наим Касем", "Joseph Aoun": "Жозеф Аун", "Michel Aoun": "Мишель Аун",
    "Mubarak": "Хосни Мубарак|Мубарак", "Morsi": "Мухаммед Мурси|Мурси", "Mohammed bin Salman": "Мухаммед бен Сальман",
    "Mohamed bin Zayed Al Nahyan": "Мухаммед бен Заид Аль Нахайян", "Tamim bin Hamad Al Thani": "Тамим бен Хамад Аль Тани",
    "Gaddafi": "Муаммар Каддафи|Каддафи", "Haftar": "Халифа Хафтар|Хафтар", "Dbeibah": "Абдель Хамид Дбейба|Дбейба",
    "Omar al-Bashir": "Омар аль-Башир|аль-Башир", "al-Burhan": "Абдель Фаттах аль-Бурхан|аль-Бурхан",
    "Mohamed Hamdan Dagalo": "Мохаммед Хамдан Дагало|Дагало", "Abiy": "Абий Ахмед", "Isaias": "Исайяс Афеворки|Афеворки",
    "Ramaphosa": "Сирил Рамафоса|Рамафоса", "Jacob Zuma": "Джейкоб Зума", "Mandela": "Нельсон Мандела|Мандела",
    "Mbeki": "Табо Мбеки|Мбеки", "Tinubu": "Бола Тинубу|Тинубу", "Kagame": "Поль Кагаме|Кагаме", "Goita": "Ассими Гоита|Гоита",
    "Ibrahim Traore": "Ибрагим Траоре", "Tchiani": "Абдурахман Тчиани|Тчиани", "Bazoum": "Мохамед Базум|Базум",
    "Mnangagwa": "Эммерсон Мнангагва|Мнангагва", "Mugabe": "Роберт Мугабе|Мугабе", "Museveni": "Йовери Мусевени|Мусевени",
    "Tebboune": "Абдельмаджид Теббун|Теббун", "Tshisekedi": "Феликс Чисекеди|Чисекеди", "Ruto": "Уильям Руто|Руто",
    "Vance": "Джей Ди Вэнс|Вэнс", "Pence": "Майк Пенс", "Kamala Harris": "Камала Харрис", "Cheney": "Дик Чейни|Чейни",
    "Rumsfeld": "Дональд Рамсфелд|Рамсфелд", "Robert Gates": "Роберт Гейтс", "Panetta": "Леон Панетта|Панетта",
    "Hagel": "Чак Хейгел|Хейгел", "Mattis": "Джеймс Мэттис|Мэттис", "Esper": "Марк Эспер", "Lloyd Austin": "Ллойд Остин",
    "Hegseth": "Пит Хегсет|Хегсет", "Mnuchin": "Стивен Мнучин|Мнучин", "Yellen": "Джанет Йеллен|Йеллен", "Bessent": "Скотт Бессент|Бессент",
    "John Bolton": "Джон Болтон", "Jake Sullivan": "Джейк Салливан", "Mike Waltz": "Майк Уолтц|Уолтц", "Nikki Haley": "Никки Хейли",
    "William Burns": "Уильям Бернс", "John Ratcliffe": "Джон Рэтклифф", "Albright": "Мадлен Олбрайт|Олбрайт", "Susan Rice": "Сьюзан Райс",
    "Khalilzad": "Залмай Халилзад|Халилзад", "Petraeus": "Дэвид Петреус|Петреус", "Mark Carney": "Марк Карни",
    "Trudeau": "Джастин Трюдо|Трюдо", "Sheinbaum": "Клаудия Шейнбаум|Шейнбаум", "Lopez Obrador": "Андрес Мануэль Лопес Обрадор|Лопес Обрадор",
    "Diaz-Canel": "Мигель Диас-Канель|Диас-Канель", "Fidel Castro": "Фидель Кастро", "Raul Castro": "Рауль Кастро",
    "Delcy Rodriguez": "Делси Родригес", "Padrino Lopez": "Владимир Падрино Лопес|Падрино Лопес", "Guaido": "Хуан Гуайдо|Гуайдо",
    "Chavez": "Уго Чавес|Чавес", "Gustavo Petro": "Густаво Петро", "Bolsonaro": "Жаир Болсонару|Болсонару", "Milei": "Хавьер Милей",
    "Mauricio Macri": "Маурисио Макри", "Thatcher": "Маргарет Тэтчер|Тэтчер", "John Major": "Джон Мейджор", "Raab": "Доминик Рааб|Рааб",
    "Yvette Cooper": "Иветт Купер", "Lammy": "Дэвид Лэмми|Лэмми", "Cleverly": "Джеймс Клеверли|Клеверли", "Jack Straw": "Джек Стро",
    "William Hague": "Уильям Хейг", "Ben Wallace": "Бен Уоллес", "Shapps": "Грант Шаппс|Шаппс", "John Healey": "Джон Хили",
    "Queen Elizabeth II": "Елизавета II", "King Charles III": "Карл III", "Helmut Kohl": "Гельмут Коль", "Boris Pistorius": "Борис Писториус",
    "Wadephul": "Йоханн Вадефуль|Вадефуль", "Heiko Maas": "Хайко Маас", "Westerwelle": "Гидо Вестервелле|Вестервелле",
    "Mitterrand": "Франсуа Миттеран|Миттеран", "Barrot": "Жан-Ноэль Барро", "Lecornu": "Себастьен Лекорню|Лекорню",
    "Bayrou": "Франсуа Байру", "Barnier": "Мишель Барнье|Барнье", "Attal": "Габриэль Атталь|Атталь", "Le Drian": "Жан-Ив Ле Дриан|Ле Дриан",
    "Fabius": "Лоран Фабиус|Фабиус", "Mattarella": "Серджо Маттарелла|Маттарелла", "Tajani": "Антонио Таяни|Таяни",
    "Crosetto": "Гвидо Крозетто|Крозетто", "Giuseppe Conte": "Джузеппе Конте", "Mogherini": "Федерика Могерини|Могерини",
    "Pedro Sanchez": "Педро Санчес", "Zapatero": "Хосе Луис Родригес Сапатеро|Сапатеро", "Javier Solana": "Хавьер Солана",
    "Barroso": "Жозе Мануэл Баррозу|Баррозу", "Juncker": "Жан-Клод Юнкер|Юнкер", "Antonio Costa": "Антониу Кошта",
    "Van Rompuy": "Херман Ван Ромпей|Ван Ромпей", "Fogh Rasmussen": "Андерс Фог Расмуссен|Фог Расмуссен",
    "Metsola": "Роберта Метсола|Метсола", "Catherine Ashton": "Кэтрин Эштон", "Morawiecki": "Матеуш Моравецкий|Моравецкий",
    "Nawrocki": "Кароль Навроцкий|Навроцкий", "Komorowski": "Бронислав Коморовский|Коморовский", "Lech Kaczynski": "Лех Качиньский",
    "Jaroslaw Kaczynski": "Ярослав Качиньский", "Walesa": "Лех Валенса|Валенса", "Szijjarto": "Петер Сийярто|Сийярто",
    "Dacic": "Ивица Дачич|Дачич", "Brnabic": "Ана Брнабич|Брнабич", "Tadic": "Борис Тадич|Тадич", "Djindjic": "Зоран Джинджич|Джинджич",
    "Macut": "Джуро Мацут|Мацут", "Milosevic": "Слободан Милошевич|Милошевич", "Kostunica": "Воислав Коштуница|Коштуница",
    "Prabowo": "Прабово Субианто|Прабово", "Widodo": "Джоко Видодо|Видодо", "Duterte": "Родриго Дутерте|Дутерте",
    "Min Aung Hlaing": "Мин Аун Хлайн", "Suu Kyi": "Аун Сан Су Чжи", "To Lam": "То Лам", "Anutin": "Анутин Чанвиракун|Анутин",
    "Fico": "Роберт Фицо|Фицо", "Pellegrini": "Петер Пеллегрини|Пеллегрини", "Kurti": "Альбин Курти|Курти",
    "Frederiksen": "Метте Фредериксен|Фредериксен", "Kristersson": "Ульф Кристерссон|Кристерссон",
    "Mitsotakis": "Кириакос Мицотакис|Мицотакис", "Plenkovic": "Андрей Пленкович|Пленкович",
    "Milanovic": "Зоран Миланович|Миланович", "Babis": "Андрей Бабиш|Бабиш", "Fiala": "Петр Фиала|Пётр Фиала|Фиала",
    "Iohannis": "Клаус Йоханнис|Йоханнис", "Nicusor Dan": "Никушор Дан", "Ciolacu": "Марчел Чолаку|Чолаку",
    "Mickoski": "Христиан Мицкоски|Мицкоски",
    "Bukele": "Найиб Букеле|Букеле", "Noboa": "Даниэль Нобоа|Нобоа", "Mulino": "Хосе Рауль Мулино|Мулино",
    "Boric": "Габриэль Борич|Борич", "Arevalo": "Бернардо Аревало|Аревало", "Luxon": "Кристофер Лаксон|Лаксон",
    "Anwar": "Анвар Ибрагим", "Muizzu": "Мохамед Муиз|Муиз", "Yunus": "Мухаммад Юнус|Юнус",
}  # fmt: skip

HAND_MARK = "# --- added by hand"
"""Rows below this line in the Russian file are kept as they are (people with no English row, such as popes)."""


def main() -> None:
    english = (DATA / "en" / "actors" / "people.tsv").read_text(encoding="utf-8").splitlines()
    out = [
        "# People by dated office, Russian names (generated by scripts/make_ru_people.py from data/en/actors/people.tsv:",
        "# the offices and dates are the English file's; edit the names in the script, or add rows by hand after the",
        f"# '{HAND_MARK}' line at the end, which the script keeps).",
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
    current = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
    kept = next((current[i:] for i, line in enumerate(current) if line.startswith(HAND_MARK)), [])
    path.write_text("\n".join(out + kept) + "\n", encoding="utf-8")
    print(f"{len(out) - 3} office rows and {len(kept)} lines kept by hand -> {path}")


if __name__ == "__main__":
    main()
