<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bo_CN">
    <context>
        <name>Fonts</name>
        <message>
            <location filename="../ui/fonts.py" line="151" />
            <source>No Tibetan font is installed, so Tibetan text shows as empty boxes. Install the Windows optional feature “Tibetan Supplemental Fonts” (Microsoft Himalaya), or choose a Tibetan font file in Settings.</source>
            <translation>བོད་ཡིག་གི་ཡིག་གཟུགས་སྒྲིག་འཇུག་བྱས་མེད་པས། བོད་ཡིག་རྣམས་གྲུ་བཞི་སྟོང་པ་ལྟར་མངོན་གྱི་འདུག Windows ཡི་གདམ་ཀའི་ནུས་པ་ “Tibetan Supplemental Fonts” (Microsoft Himalaya) སྒྲིག་འཇུག་བྱེད་པའམ། ཡང་ན་སྒྲིག་འགོད་ནང་བོད་ཡིག་ཡིག་གཟུགས་ཀྱི་ཡིག་ཆ་ཞིག་འདེམས་རོགས།</translation>
        </message>
        <message>
            <location filename="../ui/fonts.py" line="156" />
            <source>No Tibetan font is installed, so Tibetan text shows as empty boxes. Install %1, or choose a Tibetan font file in Settings.</source>
            <translation>བོད་ཡིག་གི་ཡིག་གཟུགས་སྒྲིག་འཇུག་བྱས་མེད་པས། བོད་ཡིག་རྣམས་གྲུ་བཞི་སྟོང་པ་ལྟར་མངོན་གྱི་འདུག %1 སྒྲིག་འཇུག་བྱེད་པའམ། ཡང་ན་སྒྲིག་འགོད་ནང་བོད་ཡིག་ཡིག་གཟུགས་ཀྱི་ཡིག་ཆ་ཞིག་འདེམས་རོགས།</translation>
        </message>
        <message>
            <location filename="../ui/fonts.py" line="160" />
            <source>No Chinese font is installed. Install Microsoft YaHei or SimSun (Windows) or WenQuanYi Micro Hei / Noto Sans CJK SC (Linux), or choose a font file in Settings.</source>
            <translation>རྒྱ་ཡིག་གི་ཡིག་གཟུགས་སྒྲིག་འཇུག་བྱས་མེད། Microsoft YaHei འམ་ SimSun (Windows) ཡང་ན་ WenQuanYi Micro Hei / Noto Sans CJK SC (Linux) སྒྲིག་འཇུག་བྱེད་པའམ། སྒྲིག་འགོད་ནང་ཡིག་གཟུགས་ཀྱི་ཡིག་ཆ་ཞིག་འདེམས་རོགས།</translation>
        </message>
        <message>
            <location filename="../ui/fonts.py" line="412" />
            <source>The Tibetan font file %1 could not be loaded.</source>
            <translation>བོད་ཡིག་ཡིག་གཟུགས་ཀྱི་ཡིག་ཆ་ %1 འཇུག་མ་ཐུབ།</translation>
        </message>
        <message>
            <location filename="../ui/fonts.py" line="415" />
            <source>The Chinese font file %1 could not be loaded.</source>
            <translation>རྒྱ་ཡིག་ཡིག་གཟུགས་ཀྱི་ཡིག་ཆ་ %1 འཇུག་མ་ཐུབ།</translation>
        </message>
        <message>
            <location filename="../ui/fonts.py" line="483" />
            <source>This file is not a font Qt can use: %1</source>
            <translation>ཡིག་ཆ་འདི་བེད་སྤྱོད་རུང་བའི་ཡིག་གཟུགས་མ་རེད། %1</translation>
        </message>
        <message>
            <location filename="../ui/fonts.py" line="488" />
            <source>This font has no Tibetan letters: %1</source>
            <translation>ཡིག་གཟུགས་འདིའི་ནང་བོད་ཡིག་གི་གསལ་བྱེད་མེད། %1</translation>
        </message>
        <message>
            <location filename="../ui/fonts.py" line="490" />
            <source>This font has no Chinese characters: %1</source>
            <translation>ཡིག་གཟུགས་འདིའི་ནང་རྒྱ་ཡིག་མེད། %1</translation>
        </message>
        <message>
            <location filename="../ui/fonts.py" line="542" />
            <source>Fonts missing</source>
            <translation>ཡིག་གཟུགས་མི་འདང་།</translation>
        </message>
    </context>
    <context>
        <name>TibetanLineEdit</name>
        <message>
            <source>Type Tibetan script here. Chinese characters belong in the Chinese name field.</source>
            <translation type="vanished">འདིར་བོད་ཡིག་འབྲི་རོགས། རྒྱ་ཡིག་ནི་རྒྱ་ཡིག་མིང་གི་རེའུ་མིག་ནང་འབྲི་དགོས།</translation>
        </message>
        <message>
            <location filename="../ui/widgets/tibetan_edit.py" line="147" />
            <source>“%1” is not valid Wylie. Correct it, or type the text in Tibetan script.</source>
            <translation>“%1” ནི་ཝ་ལི་ཡི་སྦྱོར་སྟངས་ཡང་དག་མིན། བཅོས་སྒྲིག་གནང་བའམ། ཡང་ན་བོད་ཡིག་ཐད་ཀར་འབྲི་རོགས།</translation>
        </message>
        <message>
            <location filename="../ui/widgets/tibetan_edit.py" line="142" />
            <source>Type Tibetan script here, not Latin letters. To type Tibetan with Latin letters, switch on Wylie input (the W button).</source>
            <translation>འདིར་བོད་ཡིག་འབྲི་དགོས། ལ་ཏིན་ཡི་གེ་མི་ཆོག ལ་ཏིན་ཡི་གེས་བོད་ཡིག་འབྲི་ན། ཝ་ལི་ནང་འཇུག་ (W མཐེབ་གཅུས།) ཁ་ཕྱེ་རོགས།</translation>
        </message>
        <message>
            <location filename="../ui/widgets/tibetan_edit.py" line="301" />
            <source>Wylie input is on: type Latin letters (bkra shis) and they become Tibetan script. Click W to type with a Tibetan keyboard instead.</source>
            <translation>ཝ་ལི་ནང་འཇུག་ཁ་ཕྱེ་ཡོད། ལ་ཏིན་ཡི་གེ (bkra shis) འབྲི་ན་བོད་ཡིག་ཏུ་འགྱུར། བོད་ཡིག་མཐེབ་གཞོང་གིས་འབྲི་ན་ W ལ་མནན་རོགས།</translation>
        </message>
        <message>
            <location filename="../ui/widgets/tibetan_edit.py" line="303" />
            <source>Wylie input is off: type with a Tibetan keyboard. Click W to type Tibetan with Latin letters (Wylie).</source>
            <translation>ཝ་ལི་ནང་འཇུག་ཁ་བརྒྱབ་ཡོད། བོད་ཡིག་མཐེབ་གཞོང་གིས་འབྲི་རོགས། ལ་ཏིན་ཡི་གེ (ཝ་ལི) ཡིས་བོད་ཡིག་འབྲི་ན་ W ལ་མནན་རོགས།</translation>
        </message>
        <message>
            <location filename="../ui/widgets/tibetan_edit.py" line="309" />
            <source>Wylie input</source>
            <translation>ཝ་ལི་ནང་འཇུག</translation>
        </message>
        <message>
            <location filename="../ui/widgets/tibetan_edit.py" line="139" />
            <source>Type Tibetan script here: Chinese characters are not allowed in this field.</source>
            <translation>འདིར་བོད་ཡིག་འབྲི་རོགས། རེའུ་མིག་འདིའི་ནང་རྒྱ་ཡིག་འབྲི་མི་ཆོག</translation>
        </message>
    </context>
    <context>
        <name>domain</name>
        <message>
            <location filename="../app/cli.py" line="63" />
            <source>There is no register at {path}. Create it first with the init command.</source>
            <translation>{path} ལ་ཐོ་དེབ་མེད། སྔོན་ལ་ init བཀའ་བརྡས་གསར་བཟོ་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/cli.py" line="82" />
            <source>Stopped.</source>
            <translation>མཚམས་བཞག་ཟིན།</translation>
        </message>
        <message>
            <location filename="../app/cli.py" line="85" />
            <source>The file could not be written or read: {detail}. Check the disk or the USB stick and try again; nothing stored was changed.</source>
            <translation>ཡིག་ཆ་འབྲི་ཀློག་བྱེད་མ་ཐུབ། {detail}། སྡུད་སྡེར་རམ་ USB ཞིབ་བཤེར་བྱས་རྗེས་ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད་རོགས། ཉར་ཚགས་བྱས་ཟིན་པའི་གཞི་གྲངས་ལ་འགྱུར་བ་མ་བྱུང་།</translation>
        </message>
        <message>
            <location filename="../app/cli.py" line="92" />
            <source>Something went wrong that the program did not expect. Nothing stored was lost. Details are in {path}.</source>
            <translation>མཉེན་ཆས་ལ་རེ་སྒུག་མེད་པའི་ནོར་འཁྲུལ་ཞིག་བྱུང་། ཉར་ཚགས་བྱས་པའི་གཞི་གྲངས་མ་བརླགས། ཞིབ་ཕྲ་ {path} ནང་ཡོད།</translation>
        </message>
        <message>
            <location filename="../app/domain/dates.py" line="29" />
            <location filename="../app/domain/dates.py" line="55" />
            <source>{value} is not a date. Enter a date as year-month-day, such as 2023-05-01.</source>
            <translation>{value} ཚེས་གྲངས་མ་རེད། ཚེས་གྲངས་ལོ་-ཟླ་-ཚེས་ཀྱི་རིམ་པས་འབྲི་རོགས། དཔེར་ན་ 2023-05-01</translation>
        </message>
        <message>
            <location filename="../app/domain/dates.py" line="32" />
            <source>The spreadsheet holds 29 February 1900, a day that did not exist. Enter the real date.</source>
            <translation>རེའུ་མིག་ནང་གི་ཚེས་གྲངས་ནི་ ༡༩༠༠ ལོའི་ཟླ་ ༢ ཚེས་ ༢༩ ཡིན་པ་དང་ཉིན་དེ་མེད། ཚེས་གྲངས་ངོ་མ་འབྲི་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/dates.py" line="46" />
            <location filename="../app/domain/dates.py" line="51" />
            <source>Enter a date as year-month-day, such as 2023-05-01.</source>
            <translation>ཚེས་གྲངས་ལོ་-ཟླ་-ཚེས་ཀྱི་རིམ་པས་འབྲི་རོགས། དཔེར་ན་ 2023-05-01</translation>
        </message>
        <message>
            <location filename="../app/domain/dates.py" line="68" />
            <location filename="../app/domain/lifecycle.py" line="72" />
            <source>The date {date} is in the future; today is {today}.</source>
            <translation>ཚེས་གྲངས་ {date} མ་འོངས་པའི་ཚེས་གྲངས་རེད། དེ་རིང་ནི་ {today} ཡིན།</translation>
        </message>
        <message>
            <location filename="../app/domain/dates.py" line="61" />
            <source>{value} is not a real date: check the month and the day.</source>
            <translation>{value} ཚེས་གྲངས་ངོ་མ་མ་རེད། ཟླ་བ་དང་ཚེས་ཞིབ་བཤེར་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/errors.py" line="100" />
            <source>This record was changed elsewhere after you opened it. Close it and open it again.</source>
            <translation>ཁྱེད་ཀྱིས་ཟིན་ཐོ་འདི་ཁ་ཕྱེ་རྗེས་ས་གཞན་ནས་བཟོ་བཅོས་བྱས་འདུག ཁ་རྒྱག་རྗེས་ཡང་བསྐྱར་ཁ་ཕྱེ་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/errors.py" line="88" />
            <source>Record not found: {key}</source>
            <translation>ཟིན་ཐོ་རྙེད་མ་བྱུང་། {key}</translation>
        </message>
        <message>
            <location filename="../app/domain/errors.py" line="110" />
            <source>Your account is not allowed to do this: {action}</source>
            <translation>ཁྱེད་ཀྱི་ཐོ་ཁོངས་ལ་བྱ་བ་འདི་བྱེད་དབང་མེད། {action}</translation>
        </message>
        <message>
            <location filename="../app/domain/idnumber.py" line="87" />
            <source>Enter the household head's 18-character resident ID number.</source>
            <translation>ཁྱིམ་བདག་གི་ཐོབ་ཐང་ལག་ཁྱེར་ཨང་ཡིག་འབྲུ་ ༡༨ འབྲི་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/idnumber.py" line="89" />
            <source>This is an old 15-digit ID number. Enter the 18-character number of the current ID card.</source>
            <translation>འདི་ནི་ཨང་ཀི་ ༡༥ ཅན་གྱི་ལག་ཁྱེར་ཨང་རྙིང་པ་ཡིན། ད་ལྟའི་ལག་ཁྱེར་སྟེང་གི་ཨང་ཡིག་འབྲུ་ ༡༨ འབྲི་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/idnumber.py" line="92" />
            <source>An ID number has 18 characters; this one has {count}. Check for a missing or extra digit.</source>
            <translation>ཐོབ་ཐང་ལག་ཁྱེར་ཨང་ལ་ཡིག་འབྲུ་ ༡༨ ཡོད་དགོས། འདི་ལ་ {count} ཡོད། ཨང་ཀི་ཆད་པའམ་ལྷག་པ་ཡོད་མེད་ཞིབ་བཤེར་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/idnumber.py" line="97" />
            <source>An ID number holds only digits, and an X only as its last character; "{char}" is not allowed.</source>
            <translation>ཐོབ་ཐང་ལག་ཁྱེར་ཨང་ལ་ཨང་ཀི་ཁོ་ན་དང་། མཐའ་མའི་ཡིག་འབྲུ་ཁོ་ན་ X ཡིན་ཆོག "{char}" མི་ཆོག</translation>
        </message>
        <message>
            <location filename="../app/domain/idnumber.py" line="103" />
            <source>The ID number starts with {code}, which is not a province code. Check the first two digits.</source>
            <translation>ཐོབ་ཐང་ལག་ཁྱེར་ཨང་གི་ཐོག་མ་ {code} ཡིན་པ་དེ་ཞིང་ཆེན་གྱི་ཨང་རྟགས་མ་རེད། ཨང་ཀི་དང་པོ་གཉིས་ཞིབ་བཤེར་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/idnumber.py" line="115" />
            <source>The birth date in the ID number ({birth}) is in the future. Check digits 7 to 14.</source>
            <translation>ཐོབ་ཐང་ལག་ཁྱེར་ཨང་ནང་གི་སྐྱེས་ཚེས་ ({birth}) མ་འོངས་པའི་ཚེས་གྲངས་རེད། ཨང་ཀི་ ༧ ནས་ ༡༤ བར་ཞིབ་བཤེར་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/idnumber.py" line="119" />
            <source>The birth date in the ID number ({birth}) is before 1900. Check digits 7 to 14.</source>
            <translation>ཐོབ་ཐང་ལག་ཁྱེར་ཨང་ནང་གི་སྐྱེས་ཚེས་ ({birth}) ལོ་ ༡༩༠༠ གྱི་སྔོན་ལ་ཡོད། ཨང་ཀི་ ༧ ནས་ ༡༤ བར་ཞིབ་བཤེར་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/idnumber.py" line="125" />
            <source>The ID number's check digit is wrong: the last character should be {expected}. If the card shows {actual}, another digit was mistyped: compare the number with the card.</source>
            <translation>ཐོབ་ཐང་ལག་ཁྱེར་ཨང་གི་ཞིབ་བཤེར་ཨང་ཀི་ནོར་འདུག མཐའ་མའི་ཡིག་འབྲུ་ {expected} ཡིན་དགོས། ལག་ཁྱེར་སྟེང་དུ་ {actual} ཡིན་ན་ཨང་ཀི་གཞན་ཞིག་ནོར་བྲིས་འདུག་པས། ལག་ཁྱེར་དང་བསྡུར་ནས་ཞིབ་བཤེར་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/idnumber.py" line="111" />
            <source>The birth date in the ID number ({digits}) is not a real date. Check digits 7 to 14.</source>
            <translation>ཐོབ་ཐང་ལག་ཁྱེར་ཨང་ནང་གི་སྐྱེས་ཚེས་ ({digits}) ཚེས་གྲངས་ངོ་མ་མ་རེད། ཨང་ཀི་ ༧ ནས་ ༡༤ བར་ཞིབ་བཤེར་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/idnumber.py" line="135" />
            <source>The area code {code} of this ID number is not in the list of county codes. The number can be saved; check it against the ID card.</source>
            <translation>ཐོབ་ཐང་ལག་ཁྱེར་ཨང་འདིའི་ས་ཁོངས་ཨང་རྟགས་ {code} རྫོང་གི་ཨང་རྟགས་ཐོ་གཞུང་ནང་མི་འདུག ཨང་འདི་ཉར་ཆོག་ཀྱང་ལག་ཁྱེར་དང་བསྡུར་ནས་ཞིབ་བཤེར་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/idnumber.py" line="143" />
            <source>The area code {code} was retired in {year}, before the birth year {birth_year}. The number can be saved; check it against the ID card.</source>
            <translation>ས་ཁོངས་ཨང་རྟགས་ {code} ལོ་ {year} ལོར་བེད་སྤྱོད་མཚམས་བཞག་སྟེ་སྐྱེས་ལོ་ {birth_year} ཡི་སྔོན་ལ་ཡིན། ཨང་འདི་ཉར་ཆོག་ཀྱང་ལག་ཁྱེར་དང་བསྡུར་ནས་ཞིབ་བཤེར་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/lifecycle.py" line="77" />
            <source>The date {date} is before the record was registered ({first_date}).</source>
            <translation>ཚེས་གྲངས་ {date} ཐོ་འགོད་ཚེས་གྲངས་ ({first_date}) ཀྱི་སྔོན་ལ་ཡོད།</translation>
        </message>
        <message>
            <location filename="../app/domain/lifecycle.py" line="111" />
            <source>A loan demand that is {from_status} cannot become {to_status}.</source>
            <translation>གནས་སྟངས་ "{from_status}" ཡིན་པའི་མ་དངུལ་དགོས་མཁོ་ "{to_status}" ལ་བསྒྱུར་མི་ཆོག</translation>
        </message>
        <message>
            <location filename="../app/domain/lifecycle.py" line="117" />
            <source>Give the reason why the loan demand is {to_status}.</source>
            <translation>མ་དངུལ་དགོས་མཁོ་ "{to_status}" ཡིན་པའི་རྒྱུ་མཚན་འབྲི་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/lifecycle.py" line="164" />
            <source>A complaint that is {from_status} cannot become {to_status}.</source>
            <translation>གནས་སྟངས་ "{from_status}" ཡིན་པའི་ཞུ་གཏུག་ "{to_status}" ལ་བསྒྱུར་མི་ཆོག</translation>
        </message>
        <message>
            <location filename="../app/domain/lifecycle.py" line="81" />
            <source>The date {date} is before the previous step ({previous}, {previous_date}).</source>
            <translation>ཚེས་གྲངས་ {date} གོ་རིམ་སྔ་མ་ ({previous}, {previous_date}) ཡི་སྔོན་ལ་ཡོད།</translation>
        </message>
        <message>
            <location filename="../app/domain/lifecycle.py" line="128" />
            <source>Enter the amount the bank granted (more than zero).</source>
            <translation>དངུལ་ཁང་གིས་སྤྲད་པའི་དངུལ་གྲངས་འབྲི་རོགས། (ཀླད་ཀོར་ལས་མང་བ།)</translation>
        </message>
        <message>
            <location filename="../app/domain/lifecycle.py" line="135" />
            <source>A rate cannot be negative.</source>
            <translation>སྐྱེད་ཚད་ཀླད་ཀོར་ལས་ཆུང་བ་མི་ཆོག</translation>
        </message>
        <message>
            <location filename="../app/domain/lifecycle.py" line="137" />
            <source>The interest subsidy cannot be negative.</source>
            <translation>སྐྱེད་ཀ་རོགས་སྐྱོར་ཀླད་ཀོར་ལས་ཆུང་བ་མི་ཆོག</translation>
        </message>
        <message>
            <location filename="../app/domain/lifecycle.py" line="173" />
            <source>Enter the institution the complaint is transferred to.</source>
            <translation>ཞུ་གཏུག་སྤོ་སྐྱེལ་བྱེད་ཡུལ་གྱི་ལས་ཁུངས་འབྲི་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/lifecycle.py" line="130" />
            <source>The amount granted ({granted_yuan} yuan) is more than the amount asked ({asked_yuan} yuan). If the household asked for more, correct the demand first.</source>
            <translation>སྤྲད་པའི་དངུལ་གྲངས་ (སྒོར་ {granted_yuan}) རེ་ཞུ་བྱས་པའི་དངུལ་གྲངས་ (སྒོར་ {asked_yuan}) ལས་མང་། ཁྱིམ་ཚང་གིས་དེ་ལས་མང་བ་རེ་ཞུ་བྱས་ན་སྔོན་ལ་མ་དངུལ་དགོས་མཁོ་བཅོས་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/lifecycle.py" line="142" />
            <source>The maturity date {maturity} must be after the grant date {date}.</source>
            <translation>དུས་ཚོད་ཚང་བའི་ཚེས་གྲངས་ {maturity} སྤྲད་པའི་ཚེས་གྲངས་ {date} ཀྱི་རྗེས་སུ་ཡིན་དགོས།</translation>
        </message>
        <message>
            <location filename="../app/domain/lifecycle.py" line="178" />
            <source>Describe the outcome: how the complaint was resolved.</source>
            <translation>མཇུག་འབྲས་འབྲི་རོགས། ཞུ་གཏུག་ཇི་ལྟར་ཐག་གཅོད་བྱས་པ།</translation>
        </message>
        <message>
            <location filename="../app/domain/lifecycle.py" line="182" />
            <source>Record whether the complainant is satisfied, or give the reason why this could not be asked.</source>
            <translation>ཞུ་གཏུག་པ་ཡིད་ཚིམ་མིན་ཐོ་འགོད་བྱེད་རོགས། ཡང་ན་འདྲི་མ་ཐུབ་པའི་རྒྱུ་མཚན་འབྲི་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/money.py" line="23" />
            <source>{value} is not an amount. Enter yuan, such as 50000, 5万 or 50,000.00.</source>
            <translation>{value} དངུལ་གྲངས་མ་རེད། སྒོར་གྱི་ཚད་གཞིས་འབྲི་རོགས། དཔེར་ན་ 50000 དང་ 5万 ཡང་ན་ 50,000.00</translation>
        </message>
        <message>
            <location filename="../app/domain/money.py" line="42" />
            <location filename="../app/domain/money.py" line="96" />
            <location filename="../app/domain/money.py" line="53" />
            <source>Enter an amount in yuan, such as 50000 or 5万.</source>
            <translation>སྒོར་གྱི་ཚད་གཞིས་དངུལ་གྲངས་འབྲི་རོགས། དཔེར་ན་ 50000 ཡང་ན་ 5万</translation>
        </message>
        <message>
            <location filename="../app/domain/money.py" line="70" />
            <source>The amount cannot be negative: {value}.</source>
            <translation>དངུལ་གྲངས་ཀླད་ཀོར་ལས་ཆུང་བ་མི་ཆོག {value}</translation>
        </message>
        <message>
            <location filename="../app/domain/money.py" line="72" />
            <location filename="../app/domain/money.py" line="98" />
            <source>The amount must be more than zero.</source>
            <translation>དངུལ་གྲངས་ཀླད་ཀོར་ལས་མང་བ་དགོས།</translation>
        </message>
        <message>
            <location filename="../app/domain/money.py" line="75" />
            <source>An amount has at most two decimals (fen); {value} has more.</source>
            <translation>དངུལ་གྲངས་ལ་ཚག་རྗེས་ཨང་ཀི་གཉིས་ (སྐར་མ) ལས་མང་བ་མི་ཆོག {value} ལ་དེ་ལས་མང་བ་ཡོད།</translation>
        </message>
        <message>
            <location filename="../app/domain/money.py" line="105" />
            <location filename="../app/domain/money.py" line="115" />
            <source>Enter the yearly rate in percent, such as 4.35.</source>
            <translation>ལོ་རེའི་སྐྱེད་ཚད་བརྒྱ་ཆས་འབྲི་རོགས། དཔེར་ན་ 4.35</translation>
        </message>
        <message>
            <location filename="../app/domain/money.py" line="121" />
            <source>A rate cannot be negative: {value}.</source>
            <translation>སྐྱེད་ཚད་ཀླད་ཀོར་ལས་ཆུང་བ་མི་ཆོག {value}</translation>
        </message>
        <message>
            <location filename="../app/domain/money.py" line="124" />
            <source>A rate has at most two decimals in percent (4.35 for 4.35%); {value} has more.</source>
            <translation>སྐྱེད་ཚད་བརྒྱ་ཆ་ལ་ཚག་རྗེས་ཨང་ཀི་གཉིས་ལས་མང་བ་མི་ཆོག (4.35% ལ་ 4.35 འབྲི།) {value} ལ་དེ་ལས་མང་བ་ཡོད།</translation>
        </message>
        <message>
            <location filename="../app/domain/money.py" line="127" />
            <source>A yearly rate of {value}% cannot be right: enter the rate in percent, such as 4.35.</source>
            <translation>ལོ་རེའི་སྐྱེད་ཚད་ {value}% ཡིན་མི་སྲིད། སྐྱེད་ཚད་བརྒྱ་ཆས་འབྲི་རོགས། དཔེར་ན་ 4.35</translation>
        </message>
        <message>
            <location filename="../app/domain/money.py" line="108" />
            <location filename="../app/domain/money.py" line="117" />
            <source>{value} is not a rate. Enter the yearly rate in percent, such as 4.35.</source>
            <translation>{value} སྐྱེད་ཚད་མ་རེད། ལོ་རེའི་སྐྱེད་ཚད་བརྒྱ་ཆས་འབྲི་རོགས། དཔེར་ན་ 4.35</translation>
        </message>
        <message>
            <location filename="../app/domain/offices.py" line="18" />
            <source>An office code has 6 digits (county, GB/T 2260) or 9 or 12 digits (township or village statistical code).</source>
            <translation>ལས་ཁང་གི་ཨང་རྟགས་ནི་ཨང་གྲངས་ 6 (རྫོང་། GB/T 2260) ཡང་ན་ 9 དང་ 12 (ཞང་ངམ་གྲོང་ཚོའི་སྡོམ་རྩིས་ཨང་རྟགས།) ཡིན།</translation>
        </message>
        <message>
            <location filename="../app/domain/offices.py" line="23" />
            <source>The level must be county, township or village.</source>
            <translation>རིམ་པ་ནི་རྫོང་། ཞང་། གྲོང་ཚོ་བཅས་ཀྱི་ཁྲོད་ནས་གཅིག་ཡིན་དགོས།</translation>
        </message>
        <message>
            <location filename="../app/domain/offices.py" line="25" />
            <source>The office needs a Chinese name.</source>
            <translation>ལས་ཁང་ལ་རྒྱ་ཡིག་གི་མིང་དགོས།</translation>
        </message>
        <message>
            <location filename="../app/domain/offices.py" line="27" />
            <source>The parent office code has 6, 9 or 12 digits.</source>
            <translation>གོང་རིམ་ལས་ཁང་གི་ཨང་རྟགས་ནི་ཨང་གྲངས་ 6 དང་ 9 ཡང་ན་ 12 ཡིན།</translation>
        </message>
        <message>
            <location filename="../app/domain/offices.py" line="21" />
            <source>Office codes in Qinghai start with 63.</source>
            <translation>མཚོ་སྔོན་གྱི་ལས་ཁང་ཨང་རྟགས་ནི་ 63 ནས་འགོ་འཛུགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/phone.py" line="26" />
            <source>{value} is not a phone number. Enter an 11-digit mobile number such as 13812345678, or a landline with its area code such as 0971-8123456.</source>
            <translation>{value} ཁ་པར་ཨང་གྲངས་མ་རེད། ཨང་ཀི་ ༡༡ ཅན་གྱི་ལག་ཐོགས་ཁ་པར་ (དཔེར་ན་ 13812345678) ཡང་ན་ས་ཁོངས་ཨང་ཅན་གྱི་སྒྲིག་སྦྱར་ཁ་པར་ (དཔེར་ན་ 0971-8123456) འབྲི་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/phone.py" line="58" />
            <source>The landline number {value} needs its area code in front, such as 0971-8123456.</source>
            <translation>སྒྲིག་སྦྱར་ཁ་པར་ {value} གྱི་མདུན་དུ་ས་ཁོངས་ཨང་དགོས། དཔེར་ན་ 0971-8123456</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="90" />
            <source>The borrower must be at most {max_age} years old on the registration date; the household head is {age}.</source>
            <translation>ཐོ་འགོད་ཚེས་གྲངས་ལ་དངུལ་བསྐྱིན་མཁན་གྱི་ལོ་ཚད་ {max_age} ལས་བརྒལ་མི་ཆོག ཁྱིམ་བདག་ལོ་ {age} ཡིན།</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="84" />
            <source>The borrower must be between {min_age} and {max_age} years old on the registration date; the household head is {age}.</source>
            <translation>ཐོ་འགོད་ཚེས་གྲངས་ལ་དངུལ་བསྐྱིན་མཁན་གྱི་ལོ་ཚད་ {min_age} ནས་ {max_age} བར་ཡིན་དགོས། ཁྱིམ་བདག་ལོ་ {age} ཡིན།</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="88" />
            <source>The borrower must be at least {min_age} years old on the registration date; the household head is {age}.</source>
            <translation>ཐོ་འགོད་ཚེས་གྲངས་ལ་དངུལ་བསྐྱིན་མཁན་གྱི་ལོ་ཚད་ {min_age} ལོན་དགོས། ཁྱིམ་བདག་ལོ་ {age} ཡིན།</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="168" />
            <source>Up to {max_yuan} yuan.</source>
            <translation>མང་མཐའ་སྒོར་ {max_yuan}</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="170" />
            <source>A term of up to {max_months} months.</source>
            <translation>དུས་ཚོད་རིང་མཐའ་ཟླ་བ་ {max_months}</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="172" />
            <source>For production use only: note what the loan is for.</source>
            <translation>ཐོན་སྐྱེད་ཀྱི་ཆེད་དུ་ཁོ་ན་ཡིན། དངུལ་བསྐྱིན་གྱི་སྤྱོད་ཕྱོགས་འབྲི་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="174" />
            <source>No collateral and no guarantee needed.</source>
            <translation>གཏའ་མ་དང་འགན་ལེན་མི་དགོས།</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="176" />
            <source>The interest is subsidised.</source>
            <translation>སྐྱེད་ཀར་རོགས་སྐྱོར་ཡོད།</translation>
        </message>
        <message>
            <location filename="../app/domain/loans.py" line="83" />
            <location filename="../app/domain/products.py" line="178" />
            <source>The {product} is no longer offered.</source>
            <translation>{product} ད་ནས་མི་སྤྲོད།</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="105" />
            <location filename="../app/domain/products.py" line="148" />
            <source>The {product} is only for these households: {allowed}. This household is: {status}.</source>
            <translation>{product} ནི་ཁྱིམ་ཚང་འདི་དག་ཁོ་ནར་དམིགས་ཡོད། {allowed} ཁྱིམ་ཚང་འདི་ནི། {status}</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="119" />
            <source>The {product} allows at most {max_yuan} yuan; {amount_yuan} yuan was asked.</source>
            <translation>{product} ལ་མང་མཐའ་སྒོར་ {max_yuan} ཆོག རེ་ཞུ་བྱས་པ་ནི་སྒོར་ {amount_yuan} ཡིན།</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="125" />
            <source>The {product} allows a term of at most {max_months} months; {months} months was asked.</source>
            <translation>{product} ཡི་དུས་ཚོད་རིང་མཐའ་ཟླ་བ་ {max_months} ཡིན། རེ་ཞུ་བྱས་པ་ནི་ཟླ་བ་ {months} ཡིན།</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="153" />
            <source>The {product} is for these households: {allowed}.</source>
            <translation>{product} ནི་ཁྱིམ་ཚང་འདི་དག་ལ་དམིགས་ཡོད། {allowed}</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="111" />
            <source>The household head's birth date is unknown, so the age limit of the {product} cannot be checked. Enter the ID number of the household head.</source>
            <translation>ཁྱིམ་བདག་གི་སྐྱེས་ཚེས་མི་གསལ་བས་ {product} ཡི་ལོ་ཚད་ཀྱི་ཚད་བཀག་ཞིབ་བཤེར་བྱེད་མི་ཐུབ། ཁྱིམ་བདག་གི་ཐོབ་ཐང་ལག་ཁྱེར་ཨང་འབྲི་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="161" />
            <source>Borrowers aged {min_age} to {max_age}.</source>
            <translation>དངུལ་བསྐྱིན་མཁན་གྱི་ལོ་ཚད་ {min_age} ནས་ {max_age} བར།</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="164" />
            <source>Borrowers aged {min_age} or more.</source>
            <translation>དངུལ་བསྐྱིན་མཁན་གྱི་ལོ་ཚད་ {min_age} དང་དེ་ལས་མང་བ།</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="166" />
            <source>Borrowers aged {max_age} or less.</source>
            <translation>དངུལ་བསྐྱིན་མཁན་གྱི་ལོ་ཚད་ {max_age} དང་དེ་ལས་ཉུང་བ།</translation>
        </message>
        <message>
            <location filename="../app/domain/script.py" line="103" />
            <source>This is not valid Wylie: {text}</source>
            <translation>འདི་ནི་ཝ་ལི་ཡི་སྦྱོར་སྟངས་ཡང་དག་མིན། {text}</translation>
        </message>
        <message>
            <location filename="../app/services/households.py" line="81" />
            <source>This ID number is already registered for household {name}.</source>
            <translation>ཐོབ་ཐང་ལག་ཁྱེར་ཨང་འདི་ཁྱིམ་ཚང་ {name} གི་འོག་ཏུ་ཐོ་འགོད་བྱས་ཟིན།</translation>
        </message>
        <message>
            <location filename="../app/services/households.py" line="86" />
            <source>Choose a village from the list.</source>
            <translation>ཐོ་གཞུང་ནང་ནས་གྲོང་ཚོ་ཞིག་འདེམས་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/loans.py" line="86" />
            <source>A demand that is already decided cannot be edited; record the next step instead.</source>
            <translation>ཐག་གཅོད་ཟིན་པའི་དགོས་མཁོ་བཟོ་བཅོས་བྱེད་མི་ཆོག རྗེས་མའི་གོ་རིམ་ཐོ་འགོད་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/loans.py" line="51" />
            <source>Choose a loan product from the list.</source>
            <translation>ཐོ་གཞུང་ནང་ནས་དངུལ་བསྐྱིན་ཐོན་རྫས་ཤིག་འདེམས་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/loans.py" line="55" />
            <source>Choose the household this demand is for.</source>
            <translation>དགོས་མཁོ་འདི་གང་གི་ཡིན་པའི་ཁྱིམ་ཚང་འདེམས་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/ratings.py" line="62" />
            <source>Choose the household this rating is for.</source>
            <translation>རིམ་པ་གཏན་འཁེལ་འདི་གང་གི་ཡིན་པའི་ཁྱིམ་ཚང་འདེམས་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/ratings.py" line="88" />
            <source>This household already has a rating for {year}; open it to change it.</source>
            <translation>ཁྱིམ་ཚང་འདི་ལ་ལོ་ {year} གི་རིམ་པ་གཏན་འཁེལ་ཡོད་ཟིན། བཟོ་བཅོས་བྱེད་ན་ཁ་ཕྱེ་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/workspace.py" line="23" />
            <source>This register has no office profile yet. Create it first (command: init, or the first-start form).</source>
            <translation>ཐོ་དེབ་འདིར་ད་དུང་ལས་ཁང་གི་ཆ་འཕྲིན་མེད། སྔོན་ལ་གསར་བཟོ་བྱེད་རོགས། (བཀའ་བརྡ་ init ཡང་ན་ཐེངས་དང་པོའི་འགོ་འཛུགས་རེའུ་མིག)</translation>
        </message>
        <message>
            <location filename="../app/services/workspace.py" line="140" />
            <source>This register already belongs to office {code}.</source>
            <translation>ཐོ་དེབ་འདི་ལས་ཁང་ {code} ལ་དབང་ཟིན།</translation>
        </message>
        <message>
            <location filename="../storage/db.py" line="112" />
            <source>This register was written by a newer release of the program (schema {found}, this program knows {known}). Install the newer release; the file was not changed.</source>
            <translation>ཐོ་དེབ་འདི་མཉེན་ཆས་ཀྱི་པར་གཞི་གསར་བ་ཞིག་གིས་བྲིས་འདུག (སྒྲོམ་གཞི་ {found}། མཉེན་ཆས་འདིས་ཤེས་པ་ {known})། པར་གཞི་གསར་བ་སྒྲིག་འཇུག་བྱེད་རོགས། ཡིག་ཆ་ལ་འགྱུར་བ་མ་བཏང་།</translation>
        </message>
        <message>
            <location filename="../storage/db.py" line="69" />
            <source>{path} is a folder, not a register file.</source>
            <translation>{path} ནི་ཡིག་ཁུག་ཡིན། ཐོ་དེབ་ཡིག་ཆ་མ་རེད།</translation>
        </message>
        <message>
            <location filename="../storage/db.py" line="79" />
            <source>{path} is not a register file or it is damaged ({detail}). Restore a backup.</source>
            <translation>{path} ནི་ཐོ་དེབ་ཡིག་ཆ་མ་རེད་པའམ་སྐྱོན་ཤོར་འདུག ({detail})། གྲབས་ཉར་སླར་གསོ་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../exports/pdf/errors.py" line="52" />
            <source>The {script} font file chosen in Settings cannot be used for PDF output: {path} ({reason}).</source>
            <translation>སྒྲིག་འགོད་ནང་བདམས་པའི་ཡིག་གཟུགས་ཡིག་ཆ་ ({script}) PDF ཕྱིར་འདྲེན་ལ་བེད་སྤྱོད་བྱེད་མི་ཐུབ། {path} ({reason})།</translation>
        </message>
        <message>
            <location filename="../exports/pdf/errors.py" line="16" />
            <source>Tibetan</source>
            <translation>བོད་ཡིག</translation>
        </message>
        <message>
            <location filename="../exports/pdf/errors.py" line="17" />
            <source>Chinese</source>
            <translation>རྒྱ་ཡིག</translation>
        </message>
        <message>
            <location filename="../exports/pdf/errors.py" line="18" />
            <source>Latin (digits and letters)</source>
            <translation>ལ་ཏིན་ཡི་གེ་དང་ཨང་ཀི</translation>
        </message>
        <message>
            <location filename="../exports/pdf/errors.py" line="23" />
            <source>No Tibetan font was found for PDF output. On Debian or Ubuntu install it with `sudo apt install fonts-noto-core` (Noto Serif Tibetan) or `sudo apt install fonts-tibetan-machine`; on Windows the font Microsoft Himalaya (himalaya.ttf) is needed. You can also choose a Tibetan TrueType font file in Settings.</source>
            <translation>PDF ཕྱིར་འདྲེན་བྱེད་པར་བོད་ཡིག་གི་ཡིག་གཟུགས་རྙེད་མ་བྱུང་། Debian ནམ་ Ubuntu ཐོག་ `sudo apt install fonts-noto-core` (Noto Serif Tibetan) ཡང་ན་ `sudo apt install fonts-tibetan-machine` བརྒྱུད་སྒྲིག་འཇུག་བྱེད་རོགས། Windows ཐོག་ Microsoft Himalaya ཡིག་གཟུགས་ (himalaya.ttf) དགོས། ཡང་ན་སྒྲིག་འགོད་ནང་བོད་ཡིག་གི་ TrueType ཡིག་གཟུགས་ཡིག་ཆ་ཞིག་འདེམས་ཆོག</translation>
        </message>
        <message>
            <location filename="../exports/pdf/errors.py" line="28" />
            <source>No Chinese font was found for PDF output. On Debian or Ubuntu install it with `sudo apt install fonts-wqy-microhei`; on Windows the font SimSun (simsun.ttc) or Microsoft YaHei (msyh.ttc) is needed. You can also choose a Chinese TrueType font file in Settings.</source>
            <translation>PDF ཕྱིར་འདྲེན་བྱེད་པར་རྒྱ་ཡིག་གི་ཡིག་གཟུགས་རྙེད་མ་བྱུང་། Debian ནམ་ Ubuntu ཐོག་ `sudo apt install fonts-wqy-microhei` བརྒྱུད་སྒྲིག་འཇུག་བྱེད་རོགས། Windows ཐོག་ SimSun (simsun.ttc) ཡང་ན་ Microsoft YaHei (msyh.ttc) དགོས། ཡང་ན་སྒྲིག་འགོད་ནང་རྒྱ་ཡིག་གི་ TrueType ཡིག་གཟུགས་ཡིག་ཆ་ཞིག་འདེམས་ཆོག</translation>
        </message>
        <message>
            <location filename="../exports/pdf/errors.py" line="32" />
            <source>No Latin font was found for PDF output. On Debian or Ubuntu install it with `sudo apt install fonts-dejavu-core`; on Windows the font Arial (arial.ttf) is needed. You can also choose a TrueType font file in Settings.</source>
            <translation>PDF ཕྱིར་འདྲེན་བྱེད་པར་ལ་ཏིན་ཡི་གེའི་ཡིག་གཟུགས་རྙེད་མ་བྱུང་། Debian ནམ་ Ubuntu ཐོག་ `sudo apt install fonts-dejavu-core` བརྒྱུད་སྒྲིག་འཇུག་བྱེད་རོགས། Windows ཐོག་ Arial ཡིག་གཟུགས་ (arial.ttf) དགོས། ཡང་ན་སྒྲིག་འགོད་ནང་ TrueType ཡིག་གཟུགས་ཡིག་ཆ་ཞིག་འདེམས་ཆོག</translation>
        </message>
        <message>
            <location filename="../exports/pdf/errors.py" line="45" />
            <source>the file does not exist</source>
            <translation>ཡིག་ཆ་དེ་མེད</translation>
        </message>
        <message>
            <location filename="../exports/pdf/errors.py" line="46" />
            <source>it has PostScript (CFF) outlines, which PDF export cannot embed; choose a TrueType font (.ttf, or a .ttc with TrueType outlines)</source>
            <translation>དེ་ནི་ PostScript (CFF) ཕྱི་རིས་ཡིན་པས་ PDF ནང་འཇུག་མི་ཐུབ། TrueType ཡིག་གཟུགས་ (.ttf ཡང་ན་ TrueType ཕྱི་རིས་ཀྱི་ .ttc) ཞིག་འདེམས་རོགས</translation>
        </message>
        <message>
            <location filename="../exports/pdf/errors.py" line="48" />
            <source>it is not a TrueType font file</source>
            <translation>དེ་ནི་ TrueType ཡིག་གཟུགས་ཡིག་ཆ་མིན</translation>
        </message>
        <message>
            <location filename="../exports/pdf/errors.py" line="49" />
            <source>it does not contain the letters of this script</source>
            <translation>ཡིག་གཟུགས་འདིའི་ནང་ཡི་གེ་འདི་མེད</translation>
        </message>
        <message>
            <location filename="../app/commands/office.py" line="64" />
            <source>The register is sound.</source>
            <translation>ཐོ་དེབ་ལ་སྐྱོན་མེད།</translation>
        </message>
        <message>
            <location filename="../app/domain/complaints.py" line="72" />
            <source>Describe what the complaint is about.</source>
            <translation>ཞུ་གཏུག་གི་ནང་དོན་འབྲི་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/complaints.py" line="77" />
            <source>Choose the complainant's household, or enter the complainant's name.</source>
            <translation>ཞུ་གཏུག་པའི་ཁྱིམ་ཚང་གདམ་པའམ་ཞུ་གཏུག་པའི་མིང་འབྲི་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/complaints.py" line="88" />
            <source>{value} is not a way a complaint can reach the office. Choose one from the list.</source>
            <translation>{value} ཞུ་གཏུག་ལེན་པའི་ལམ་ཀ་མ་རེད། ཐོ་གཞུང་ནས་གདམ་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/complaints.py" line="115" />
            <source>No handler is named: every complaint should have one.</source>
            <translation>ལས་དོན་སྒྲུབ་མཁན་གཏན་འཁེལ་བྱས་མེད། ཞུ་གཏུག་རེ་རེར་ལས་དོན་སྒྲུབ་མཁན་ཡོད་དགོས།</translation>
        </message>
        <message>
            <location filename="../app/domain/complaints.py" line="95" />
            <source>{value} is not a code of the JR/T 0169-2018 list. Choose one from the list, or 99 for other.</source>
            <translation>{value} ནི་ JR/T 0169-2018 ཡི་ཨང་རྟགས་མ་རེད། ཐོ་གཞུང་ནས་གདམ་རོགས། གཞན་ཡིན་ན་ 99 གདམ་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/complaints.py" line="109" />
            <source>The due date {due} is before the date the complaint was received ({received}).</source>
            <translation>དུས་བཀག་ {due} ཞུ་གཏུག་ལེན་པའི་ཚེས་གྲངས་ ({received}) ཀྱི་སྔོན་ལ་ཡོད།</translation>
        </message>
        <message>
            <location filename="../app/domain/households.py" line="132" />
            <source>{value} is not an ethnicity of the list. Choose one from the list.</source>
            <translation>{value} མི་རིགས་ཀྱི་ཐོ་གཞུང་ནང་མི་འདུག ཐོ་གཞུང་ནས་གདམ་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/households.py" line="134" />
            <source>{value} is not an industry of the list. Choose one from the list.</source>
            <translation>{value} ཐོན་ལས་ཀྱི་ཐོ་གཞུང་ནང་མི་འདུག ཐོ་གཞུང་ནས་གདམ་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/households.py" line="85" />
            <source>Enter the household head's name in Chinese or in Tibetan script (at least one of the two).</source>
            <translation>ཁྱིམ་བདག་གི་མིང་རྒྱ་ཡིག་གམ་བོད་ཡིག་ཏུ་འབྲི་རོགས། (ཉུང་མཐར་གཅིག)</translation>
        </message>
        <message>
            <location filename="../app/domain/households.py" line="88" />
            <source>The Chinese name holds Tibetan letters. Put the Tibetan name in the Tibetan name field.</source>
            <translation>རྒྱ་ཡིག་མིང་ནང་བོད་ཡིག་གི་ཡི་གེ་འདུག བོད་ཡིག་མིང་བོད་ཡིག་མིང་གི་རེའུ་མིག་ནང་འབྲི་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/households.py" line="91" />
            <source>The Tibetan name must be in Tibetan script only. Without a Tibetan keyboard, switch the field to Wylie input and type the name in Wylie, such as bkra shis.</source>
            <translation>བོད་ཡིག་མིང་བོད་ཡིག་ཁོ་ནས་འབྲི་དགོས། བོད་ཡིག་ཐེབས་གཞོང་མེད་ན་རེའུ་མིག་དེ་ Wylie ནང་འཇུག་ལ་བརྗེས་ནས་མིང་ Wylie ཐོག་འབྲི་རོགས། དཔེར་ན་ bkra shis</translation>
        </message>
        <message>
            <location filename="../app/domain/households.py" line="127" />
            <source>The household has {size} members, so it cannot have {labour} workers.</source>
            <translation>ཁྱིམ་ཚང་འདིར་ཁྱིམ་མི་ {size} ཡོད་པས་ལས་ཤུགས་ {labour} ཡོད་མི་སྲིད།</translation>
        </message>
        <message>
            <location filename="../app/domain/households.py" line="137" />
            <source>{value} is not a household status of the list. Choose one from the list.</source>
            <translation>{value} ཁྱིམ་ཚང་གི་གནས་སྟངས་ཐོ་གཞུང་ནང་མི་འདུག ཐོ་གཞུང་ནས་གདམ་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/households.py" line="141" />
            <source>The preferred language must be Chinese, Tibetan or both; {value} was given.</source>
            <translation>སྤྱོད་གོམས་སྐད་ཡིག་ནི་རྒྱ་ཡིག་གམ་བོད་ཡིག་ཡང་ན་སྐད་གཉིས་ཡིན་དགོས། བྲིས་པ་ནི་ {value} ཡིན།</translation>
        </message>
        <message>
            <location filename="../app/domain/households.py" line="105" />
            <source>By the ID number the household head is {age} years old. Check that this is the head of the household.</source>
            <translation>ཐོབ་ཐང་ལག་ཁྱེར་ཨང་ལྟར་ན་ཁྱིམ་བདག་ལོ་ {age} ཡིན། འདི་ཁྱིམ་བདག་ཡིན་མིན་ཞིབ་བཤེར་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/households.py" line="119" />
            <source>A household has at least 1 member; enter the number of people in the household.</source>
            <translation>ཁྱིམ་ཚང་རེར་ཉུང་མཐར་ཁྱིམ་མི་ ༡ ཡོད་དགོས། ཁྱིམ་མི་གྲངས་འབྲི་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/idnumber.py" line="82" />
            <source>The spreadsheet stored the ID number as a number, which loses its last digits. Format the column as text and type the number again.</source>
            <translation>རེའུ་མིག་གིས་ཐོབ་ཐང་ལག་ཁྱེར་ཨང་གྲངས་ཀ་ལྟར་ཉར་བས་མཇུག་གི་ཨང་ཀི་འགའ་བརླག་སོང་། སྟར་པ་དེ་ཡི་གེའི་རྣམ་པར་བསྒྱུར་ནས་ཨང་བསྐྱར་དུ་འབྲི་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/loans.py" line="54" />
            <source>Choose the household that asks for the loan.</source>
            <translation>དངུལ་བསྐྱིན་རེ་ཞུ་བྱེད་མཁན་གྱི་ཁྱིམ་ཚང་གདམ་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/loans.py" line="65" />
            <source>Enter the amount asked, in yuan.</source>
            <translation>རེ་ཞུ་བྱས་པའི་དངུལ་གྲངས་སྒོར་གྱི་ཚད་གཞིས་འབྲི་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/loans.py" line="80" />
            <source>The product {code} does not match the product checked.</source>
            <translation>དངུལ་བསྐྱིན་ཐོན་རྫས་ {code} ཞིབ་བཤེར་བྱས་པའི་ཐོན་རྫས་དང་མི་མཐུན།</translation>
        </message>
        <message>
            <location filename="../app/domain/loans.py" line="95" />
            <source>The {product} is for production use: note what the loan is for.</source>
            <translation>{product} ནི་ཐོན་སྐྱེད་ཀྱི་ཆེད་དུ་ཡིན། དངུལ་བསྐྱིན་གྱི་སྤྱོད་ཕྱོགས་འབྲི་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/loans.py" line="67" />
            <source>The amount asked must be more than zero.</source>
            <translation>རེ་ཞུ་བྱས་པའི་དངུལ་གྲངས་ཀླད་ཀོར་ལས་མང་བ་དགོས།</translation>
        </message>
        <message>
            <location filename="../app/domain/loans.py" line="75" />
            <source>The term is a whole number of months, at least 1.</source>
            <translation>དུས་ཚོད་ནི་ཟླ་བའི་གྲངས་ཀ་ཧྲིལ་པོ་ཡིན་པ་དང་ཉུང་མཐར་ ༡ ཡིན་དགོས།</translation>
        </message>
        <message>
            <location filename="../app/domain/numbers.py" line="31" />
            <location filename="../app/domain/numbers.py" line="34" />
            <location filename="../app/domain/numbers.py" line="43" />
            <source>{value} is not a whole number.</source>
            <translation>{value} གྲངས་ཀ་ཧྲིལ་པོ་མ་རེད།</translation>
        </message>
        <message>
            <location filename="../app/domain/numbers.py" line="46" />
            <source>The number must be at least {minimum}; {value} was entered.</source>
            <translation>གྲངས་ཀ་ {minimum} ལས་ཉུང་བ་མི་ཆོག བྲིས་པ་ནི་ {value} ཡིན།</translation>
        </message>
        <message>
            <location filename="../app/domain/numbers.py" line="28" />
            <source>Enter a whole number.</source>
            <translation>གྲངས་ཀ་ཧྲིལ་པོ་ཞིག་འབྲི་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/ratings.py" line="73" />
            <source>Choose the household that is rated.</source>
            <translation>རིམ་པ་གཏན་འཁེལ་བྱེད་ཡུལ་གྱི་ཁྱིམ་ཚང་གདམ་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/ratings.py" line="88" />
            <source>A rating for {year} cannot be made on {rated_on}, before that year.</source>
            <translation>ལོ་ {year} ཡི་རིམ་པ་གཏན་འཁེལ་དེ་ལོ་དེའི་སྔོན་གྱི་ {rated_on} ལ་བྱེད་མི་ཆོག</translation>
        </message>
        <message>
            <location filename="../app/domain/ratings.py" line="125" />
            <source>Name the bank's rater: the bank and the village rate each household together.</source>
            <translation>དངུལ་ཁང་གི་དཔྱད་མཁན་གྱི་མིང་འབྲི་རོགས། ཁྱིམ་ཚང་རེ་རེ་དངུལ་ཁང་དང་གྲོང་ཚོས་མཉམ་དུ་རིམ་པ་གཏན་འཁེལ་བྱེད།</translation>
        </message>
        <message>
            <location filename="../app/domain/ratings.py" line="128" />
            <source>Name the village's rater: the bank and the village rate each household together.</source>
            <translation>གྲོང་ཚོའི་དཔྱད་མཁན་གྱི་མིང་འབྲི་རོགས། ཁྱིམ་ཚང་རེ་རེ་དངུལ་ཁང་དང་གྲོང་ཚོས་མཉམ་དུ་རིམ་པ་གཏན་འཁེལ་བྱེད།</translation>
        </message>
        <message>
            <location filename="../app/domain/ratings.py" line="85" />
            <source>Enter the year the rating is for, such as {year}.</source>
            <translation>རིམ་པ་གཏན་འཁེལ་གྱི་ལོ་འབྲི་རོགས། དཔེར་ན་ {year}</translation>
        </message>
        <message>
            <location filename="../app/domain/ratings.py" line="96" />
            <source>Give the points for {criterion} (0 to {max}).</source>
            <translation>"{criterion}" ཡི་སྐར་གྲངས་འབྲི་རོགས། (0 ནས་ {max} བར།)</translation>
        </message>
        <message>
            <location filename="../app/domain/ratings.py" line="104" />
            <source>The points for {criterion} must be from 0 to {max}; {points} was given.</source>
            <translation>"{criterion}" ཡི་སྐར་གྲངས་ 0 ནས་ {max} བར་ཡིན་དགོས། བྲིས་པ་ནི་ {points} ཡིན།</translation>
        </message>
        <message>
            <location filename="../app/domain/ratings.py" line="111" />
            <source>{criterion} is not a criterion of the score sheet.</source>
            <translation>"{criterion}" ནི་སྐར་གྲངས་རེའུ་མིག་གི་ཚད་གཞི་མ་རེད།</translation>
        </message>
        <message>
            <location filename="../app/domain/ratings.py" line="122" />
            <source>A score is from 0 to 100; {points} was given.</source>
            <translation>སྐར་གྲངས་ 0 ནས་ 100 བར་ཡིན་དགོས། བྲིས་པ་ནི་ {points} ཡིན།</translation>
        </message>
        <message>
            <location filename="../app/domain/ratings.py" line="136" />
            <source>The points add up to {score}, more than 100: the score sheet's maximum points must add up to 100.</source>
            <translation>སྐར་གྲངས་བསྡོམས་ {score} ཡིན་པས་ 100 ལས་བརྒལ་འདུག སྐར་གྲངས་རེའུ་མིག་གི་ཚད་གཞི་སོ་སོའི་སྐར་གྲངས་མཐོ་ཤོས་བསྡོམས་ 100 ཡིན་དགོས།</translation>
        </message>
        <message>
            <location filename="../app/domain/sessions.py" line="81" />
            <source>Choose at least one topic the session was about.</source>
            <translation>ཁྱབ་བསྒྲགས་སྦྱོང་བརྡར་གྱི་བརྗོད་གཞི་ཉུང་མཐར་གཅིག་གདམ་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/sessions.py" line="90" />
            <source>The language of a session must be Chinese, Tibetan or both; {value} was given.</source>
            <translation>ཁྱབ་བསྒྲགས་སྦྱོང་བརྡར་གྱི་སྐད་ཡིག་ནི་རྒྱ་ཡིག་གམ་བོད་ཡིག་ཡང་ན་སྐད་གཉིས་ཡིན་དགོས། བྲིས་པ་ནི་ {value} ཡིན།</translation>
        </message>
        <message>
            <location filename="../app/domain/sessions.py" line="103" />
            <source>The number of women ({count}) cannot be more than the total attendance ({total}).</source>
            <translation>བུད་མེད་ཀྱི་གྲངས་ ({count}) ཞུགས་མི་བསྡོམས་གྲངས་ ({total}) ལས་མང་བ་མི་ཆོག</translation>
        </message>
        <message>
            <location filename="../app/domain/sessions.py" line="105" />
            <source>The number of people from poor households ({count}) cannot be more than the total attendance ({total}).</source>
            <translation>དབུལ་ཕོངས་ཁྱིམ་ཚང་གི་མི་གྲངས་ ({count}) ཞུགས་མི་བསྡོམས་གྲངས་ ({total}) ལས་མང་བ་མི་ཆོག</translation>
        </message>
        <message>
            <location filename="../app/domain/sessions.py" line="110" />
            <source>The attendance ({total}) cannot be below the number of linked attendees ({attendees}). Raise the count or remove attendees from the list.</source>
            <translation>ཞུགས་མི་གྲངས་ ({total}) འབྲེལ་མཐུད་བྱས་པའི་ཞུགས་མི་ ({attendees}) ལས་ཉུང་བ་མི་ཆོག གྲངས་ཀ་མཐོར་འདེགས་བྱེད་པའམ་ཐོ་གཞུང་ནས་ཞུགས་མི་སུབ་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/sessions.py" line="114" />
            <source>No attendance is recorded for this session.</source>
            <translation>ཁྱབ་བསྒྲགས་སྦྱོང་བརྡར་འདིའི་ཞུགས་མི་གྲངས་ཐོ་འགོད་བྱས་མེད།</translation>
        </message>
        <message>
            <location filename="../app/domain/sessions.py" line="85" />
            <source>{value} is not a topic of the list. Choose one from the list.</source>
            <translation>{value} བརྗོད་གཞིའི་ཐོ་གཞུང་ནང་མི་འདུག ཐོ་གཞུང་ནས་གདམ་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/sessions.py" line="98" />
            <source>A count cannot be negative.</source>
            <translation>གྲངས་ཀ་ཀླད་ཀོར་ལས་ཆུང་བ་མི་ཆོག</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>གཏན་འཁེལ།</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>ཉར་ཚགས།</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>ཚང་མ་ཉར་ཚགས།</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>ཁ་ཕྱེ།</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>ཡིན།(&amp;Y)</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>ཚང་མ་ཡིན།(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>མིན།(&amp;N)</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>ཚང་མ་མིན།(&amp;O)</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>བར་གཅོད།</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>ཡང་བསྐྱར་ཚོད་ལྟ།</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>སྣང་མེད།</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>ཁ་རྒྱག</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ཕྱིར་འཐེན།</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>དོར་བ།</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>རོགས་རམ།</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>བེད་སྤྱོད།</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>བསྐྱར་སྒྲིག</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>སྔོན་སྒྲིག་སླར་གསོ།</translation>
        </message>
    </context>
    <context>
        <name>QDialogButtonBox</name>
        <message>
            <source>OK</source>
            <translation>གཏན་འཁེལ།</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>ཞིབ་ཕྲ་སྟོན།...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>ཞིབ་ཕྲ་སྦས།...</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>ཕྱིར་ལྡོག(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>བསྐྱར་བཟོ།(&amp;R)</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>གཏུབ།(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>པར་སློག(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>སྦྱར།(&amp;P)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>བསུབ་པ།</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>ཚང་མ་འདེམས།</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>ཕྱིར་ལྡོག(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>བསྐྱར་བཟོ།(&amp;R)</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>གཏུབ།(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>པར་སློག(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>སྦྱར།(&amp;P)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>བསུབ་པ།</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>ཚང་མ་འདེམས།</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>སྦྲེལ་མཐུད་ཀྱི་གནས་ས་པར་སློག(&amp;L)</translation>
        </message>
    </context>
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>&amp;Select All</source>
            <translation>ཚང་མ་འདེམས།(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Step up</source>
            <translation>ཡར་སྤོ།(&amp;S)</translation>
        </message>
        <message>
            <source>Step &amp;down</source>
            <translation>མར་སྤོ།(&amp;D)</translation>
        </message>
    </context>
    <context>
        <name>QProgressDialog</name>
        <message>
            <source>Cancel</source>
            <translation>ཕྱིར་འཐེན།</translation>
        </message>
    </context>
    <context>
        <name>QInputDialog</name>
        <message>
            <source>Enter a value:</source>
            <translation>གྲངས་ཐང་ཞིག་འཇུག་རོགས།</translation>
        </message>
    </context>
    <context>
        <name>QWizard</name>
        <message>
            <source>&amp;Finish</source>
            <translation>ལེགས་གྲུབ།(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>རོགས་རམ།(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>རྗེས་མ།(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>རྗེས་མ།(&amp;N) &gt;</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; སྔོན་མ།(&amp;B)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ཕྱིར་འཐེན།</translation>
        </message>
        <message>
            <source>Commit</source>
            <translation>ཕུལ་བ།</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>མུ་མཐུད།</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>ལེགས་གྲུབ།</translation>
        </message>
        <message>
            <source>Go Back</source>
            <translation>ཕྱིར་ལོག</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>རོགས་རམ།</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
ཡིག་ཁུག་རྙེད་མ་བྱུང་།
ཡིག་ཁུག་གི་མིང་ཡང་དག་ཡིན་མིན་ཞིབ་བཤེར་གནང་རོགས།</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
ཡིག་ཆ་རྙེད་མ་བྱུང་།
ཡིག་ཆའི་མིང་ཡང་དག་ཡིན་མིན་ཞིབ་བཤེར་གནང་རོགས།</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 སྔར་ནས་ཡོད།
དེ་ཚབ་བརྗེ་བྱེད་དམ།</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>འདེམས།(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>བསུབ་པ།(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>ཡིག་ཁུག་གསར་པ།(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>ཁ་ཕྱེ།(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>མིང་བསྐྱར་འདོགས།(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>ཉར་ཚགས།(&amp;S)</translation>
        </message>
        <message>
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation>“%1” ལ་འབྲི་འགོག་བྱས་ཡོད།
དེ་ལྟར་ཡང་བསུབ་བམ།</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>ཡིག་ཆ་ཚང་མ། (*)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>ཡིག་ཆ་ཚང་མ། (*)</translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation>“%1” བསུབ་རྒྱུ་གཏན་འཁེལ་ལམ།</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>ཕྱིར་ལོག</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>ཞིབ་ཕྲའི་མཐོང་སྣང་དུ་བརྗེ།</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>ཐོ་གཞུང་མཐོང་སྣང་དུ་བརྗེ།</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>ཡིག་ཁུག་བསུབ་མ་ཐུབ།</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>ཡིག་ཁུག་གསར་བཟོ།</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>ཡིག་ཁུག་གསར་པ་ཞིག་བཟོ།</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>བསུབ་པ།</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>ཞིབ་ཕྲའི་མཐོང་སྣང་།</translation>
        </message>
        <message>
            <source>Directories</source>
            <translation>ཡིག་ཁུག</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>ཡིག་ཁུག</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>སྡུད་སྒམ།</translation>
        </message>
        <message>
            <source>File</source>
            <translation>ཡིག་ཆ།</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>ཡིག་ཆའི་མིང་།(&amp;N)</translation>
        </message>
        <message>
            <source>File Folder</source>
            <translation>ཡིག་ཁུག</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>ཡིག་ཆ།</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>ཡིག་ཆའི་རིགས།</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>ཡིག་ཁུག་འཚོལ་བ།</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>ཡིག་ཁུག</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>མདུན་སྐྱོད།</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>ཕྱིར་ལོག</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>མདུན་དུ་སྐྱོད།</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>ཡིག་ཁུག་གོང་མར་འགྲོ།</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>ཐོ་གཞུང་མཐོང་སྣང་།</translation>
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation>གནས་ས་དང་དཔེ་རྟགས་ཀྱི་ཐོ།</translation>
        </message>
        <message>
            <source>Look in:</source>
            <translation>འཚོལ་ས།</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>ངའི་གློག་ཀླད།</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>ཡིག་ཁུག་གསར་པ།</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>ཁ་ཕྱེ།</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>ཡིག་ཁུག་གོང་མ།</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>ཉེ་ཆར་གྱི་གནས་ས།</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>སེལ་བ།</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>གཞན་དུ་ཉར་ཚགས།</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>སྦས་པའི་ཡིག་ཆ་སྟོན།(&amp;H)</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>ཟུར་ངོས།</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>ཤེས་མེད།</translation>
        </message>
        <message>
            <source>&amp;Look in:</source>
            <translation>འཚོལ་ས།(&amp;L)</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>ཡིག་ཆའི་རིགས།(&amp;T)</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Computer</source>
            <translation>གློག་ཀླད།</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>བཟོ་བཅོས་ཚེས་གྲངས།</translation>
        </message>
        <message>
            <source>Invalid filename</source>
            <translation>ཡིག་ཆའི་མིང་ནོར་འདུག</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>རིགས།</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>ངའི་གློག་ཀླད།</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>མིང་།</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>ཆེ་ཆུང་།</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>རིགས།</translation>
        </message>
    </context>
    <context>
        <name>FontSettingsBox</name>
        <message>
            <location filename="../ui/fonts.py" line="547" />
            <source>Dual-base linkage office</source>
            <translation>རྨང་རིམ་གཉིས་འབྲེལ་ལས་ཁང་།</translation>
        </message>
        <message>
            <location filename="../ui/fonts.py" line="584" />
            <source>Fonts</source>
            <translation>ཡིག་གཟུགས།</translation>
        </message>
        <message>
            <location filename="../ui/fonts.py" line="585" />
            <source>Tibetan font:</source>
            <translation>བོད་ཡིག་ཡིག་གཟུགས།</translation>
        </message>
        <message>
            <location filename="../ui/fonts.py" line="586" />
            <source>Chinese font:</source>
            <translation>རྒྱ་ཡིག་ཡིག་གཟུགས།</translation>
        </message>
        <message>
            <location filename="../ui/fonts.py" line="587" />
            <source>Choose a Tibetan font file…</source>
            <translation>བོད་ཡིག་ཡིག་གཟུགས་ཀྱི་ཡིག་ཆ་འདེམས།…</translation>
        </message>
        <message>
            <location filename="../ui/fonts.py" line="588" />
            <source>Choose a Chinese font file…</source>
            <translation>རྒྱ་ཡིག་ཡིག་གཟུགས་ཀྱི་ཡིག་ཆ་འདེམས།…</translation>
        </message>
        <message>
            <location filename="../ui/fonts.py" line="589" />
            <source>Use the installed fonts</source>
            <translation>སྒྲིག་འཇུག་བྱས་ཟིན་པའི་ཡིག་གཟུགས་བེད་སྤྱོད།</translation>
        </message>
        <message>
            <location filename="../ui/fonts.py" line="599" />
            <source>none found</source>
            <translation>རྙེད་མ་བྱུང་།</translation>
        </message>
        <message>
            <location filename="../ui/fonts.py" line="600" />
            <source>installed</source>
            <translation>སྒྲིག་འཇུག་བྱས་ཟིན།</translation>
        </message>
        <message>
            <location filename="../ui/fonts.py" line="603" />
            <source>%1 (%2), drawn %3× larger</source>
            <translation>%1 (%2)། ལྡབ་ %3 ཆེ་རུ་བཏང་ནས་སྟོན།</translation>
        </message>
        <message>
            <location filename="../ui/fonts.py" line="622" />
            <source>Choose a Tibetan font file</source>
            <translation>བོད་ཡིག་ཡིག་གཟུགས་ཀྱི་ཡིག་ཆ་འདེམས།</translation>
        </message>
        <message>
            <location filename="../ui/fonts.py" line="623" />
            <source>Choose a Chinese font file</source>
            <translation>རྒྱ་ཡིག་ཡིག་གཟུགས་ཀྱི་ཡིག་ཆ་འདེམས།</translation>
        </message>
        <message>
            <location filename="../ui/fonts.py" line="625" />
            <source>Font files (*.ttf *.otf *.ttc)</source>
            <translation>ཡིག་གཟུགས་ཡིག་ཆ། (*.ttf *.otf *.ttc)</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <location filename="../ui/i18n.py" line="292" />
            <source>Chinese</source>
            <translation>རྒྱ་ཡིག</translation>
        </message>
        <message>
            <location filename="../ui/i18n.py" line="293" />
            <source>Tibetan</source>
            <translation>བོད་ཡིག</translation>
        </message>
        <message>
            <location filename="../ui/i18n.py" line="294" />
            <source>Bilingual</source>
            <translation>སྐད་གཉིས།</translation>
        </message>
        <message>
            <location filename="../ui/i18n.py" line="359" />
            <source>&amp;Language</source>
            <translation>སྐད་ཡིག(&amp;L)</translation>
        </message>
        <message>
            <location filename="../ui/i18n.py" line="362" />
            <source>Tibetan first in bilingual text</source>
            <translation>སྐད་གཉིས་སྐབས་བོད་ཡིག་སྔོན་ལ།</translation>
        </message>
        <message>
            <location filename="../ui/i18n.py" line="363" />
            <source>Tibetan digits in Tibetan mode</source>
            <translation>བོད་ཡིག་རྣམ་པའི་སྐབས་བོད་ཀྱི་ཨང་ཀི་བེད་སྤྱོད།</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Drive</source>
            <translation>སྡུད་སྒམ།</translation>
        </message>
        <message>
            <source>Folder</source>
            <comment>All other platforms</comment>
            <translation>ཡིག་ཁུག</translation>
        </message>
    </context>
</TS>
