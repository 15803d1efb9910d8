<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>Fonts</name>
        <message>
            <location filename="../ui/fonts.py" line="151" />
            <source>No Tibetan font is installed, so Tibetan text shows as empty boxes. Install the Windows optional feature “Tibetan Supplemental Fonts” (Microsoft Himalaya), or choose a Tibetan font file in Settings.</source>
            <translation>未安装藏文字体，藏文会显示为空白方框。请安装 Windows 可选功能“藏文补充字体”（Microsoft Himalaya），或在“设置”中选择一个藏文字体文件。</translation>
        </message>
        <message>
            <location filename="../ui/fonts.py" line="156" />
            <source>No Tibetan font is installed, so Tibetan text shows as empty boxes. Install %1, or choose a Tibetan font file in Settings.</source>
            <translation>未安装藏文字体，藏文会显示为空白方框。请安装 %1，或在“设置”中选择一个藏文字体文件。</translation>
        </message>
        <message>
            <location filename="../ui/fonts.py" line="160" />
            <source>No Chinese font is installed. Install Microsoft YaHei or SimSun (Windows) or WenQuanYi Micro Hei / Noto Sans CJK SC (Linux), or choose a font file in Settings.</source>
            <translation>未安装中文字体。请安装微软雅黑或宋体（Windows），或文泉驿微米黑 / Noto Sans CJK SC（Linux），或在“设置”中选择一个字体文件。</translation>
        </message>
        <message>
            <location filename="../ui/fonts.py" line="412" />
            <source>The Tibetan font file %1 could not be loaded.</source>
            <translation>无法加载藏文字体文件 %1。</translation>
        </message>
        <message>
            <location filename="../ui/fonts.py" line="415" />
            <source>The Chinese font file %1 could not be loaded.</source>
            <translation>无法加载中文字体文件 %1。</translation>
        </message>
        <message>
            <location filename="../ui/fonts.py" line="483" />
            <source>This file is not a font Qt can use: %1</source>
            <translation>此文件不是可用的字体：%1</translation>
        </message>
        <message>
            <location filename="../ui/fonts.py" line="488" />
            <source>This font has no Tibetan letters: %1</source>
            <translation>此字体不含藏文字母：%1</translation>
        </message>
        <message>
            <location filename="../ui/fonts.py" line="490" />
            <source>This font has no Chinese characters: %1</source>
            <translation>此字体不含汉字：%1</translation>
        </message>
        <message>
            <location filename="../ui/fonts.py" line="542" />
            <source>Fonts missing</source>
            <translation>缺少字体</translation>
        </message>
    </context>
    <context>
        <name>TibetanLineEdit</name>
        <message>
            <source>Type Tibetan script here. Chinese characters belong in the Chinese name field.</source>
            <translation type="vanished">此处请输入藏文。汉字请填在中文姓名栏中。</translation>
        </message>
        <message>
            <location filename="../ui/widgets/tibetan_edit.py" line="147" />
            <source>“%1” is not valid Wylie. Correct it, or type the text in Tibetan script.</source>
            <translation>“%1”不是有效的威利转写。请改正，或直接输入藏文。</translation>
        </message>
        <message>
            <location filename="../ui/widgets/tibetan_edit.py" line="142" />
            <source>Type Tibetan script here, not Latin letters. To type Tibetan with Latin letters, switch on Wylie input (the W button).</source>
            <translation>此处请输入藏文，不要输入拉丁字母。如需用拉丁字母输入藏文，请打开威利输入（W 按钮）。</translation>
        </message>
        <message>
            <location filename="../ui/widgets/tibetan_edit.py" line="301" />
            <source>Wylie input is on: type Latin letters (bkra shis) and they become Tibetan script. Click W to type with a Tibetan keyboard instead.</source>
            <translation>威利输入已打开：输入拉丁字母（bkra shis）会转换为藏文。点击 W 可改用藏文键盘输入。</translation>
        </message>
        <message>
            <location filename="../ui/widgets/tibetan_edit.py" line="303" />
            <source>Wylie input is off: type with a Tibetan keyboard. Click W to type Tibetan with Latin letters (Wylie).</source>
            <translation>威利输入已关闭：请用藏文键盘输入。点击 W 可用拉丁字母（威利）输入藏文。</translation>
        </message>
        <message>
            <location filename="../ui/widgets/tibetan_edit.py" line="309" />
            <source>Wylie input</source>
            <translation>威利输入</translation>
        </message>
        <message>
            <location filename="../ui/widgets/tibetan_edit.py" line="139" />
            <source>Type Tibetan script here: Chinese characters are not allowed in this field.</source>
            <translation>此处请输入藏文：本栏不允许输入汉字。</translation>
        </message>
    </context>
    <context>
        <name>domain</name>
        <message>
            <location filename="../app/cli.py" line="63" />
            <source>There is no register at {path}. Create it first with the init command.</source>
            <translation>{path} 处没有台账。请先用 init 命令创建。</translation>
        </message>
        <message>
            <location filename="../app/cli.py" line="82" />
            <source>Stopped.</source>
            <translation>已停止。</translation>
        </message>
        <message>
            <location filename="../app/cli.py" line="85" />
            <source>The file could not be written or read: {detail}. Check the disk or the USB stick and try again; nothing stored was changed.</source>
            <translation>无法读写文件：{detail}。请检查磁盘或U盘后重试；已保存的数据没有改变。</translation>
        </message>
        <message>
            <location filename="../app/cli.py" line="92" />
            <source>Something went wrong that the program did not expect. Nothing stored was lost. Details are in {path}.</source>
            <translation>程序发生了意外错误。已保存的数据没有丢失。详细信息见 {path}。</translation>
        </message>
        <message>
            <location filename="../app/domain/dates.py" line="29" />
            <location filename="../app/domain/dates.py" line="55" />
            <source>{value} is not a date. Enter a date as year-month-day, such as 2023-05-01.</source>
            <translation>{value}不是日期。请按“年-月-日”输入日期，如2023-05-01。</translation>
        </message>
        <message>
            <location filename="../app/domain/dates.py" line="32" />
            <source>The spreadsheet holds 29 February 1900, a day that did not exist. Enter the real date.</source>
            <translation>表格中的日期是1900年2月29日，这一天并不存在。请输入真实日期。</translation>
        </message>
        <message>
            <location filename="../app/domain/dates.py" line="46" />
            <location filename="../app/domain/dates.py" line="51" />
            <source>Enter a date as year-month-day, such as 2023-05-01.</source>
            <translation>请按“年-月-日”输入日期，如2023-05-01。</translation>
        </message>
        <message>
            <location filename="../app/domain/dates.py" line="68" />
            <location filename="../app/domain/lifecycle.py" line="72" />
            <source>The date {date} is in the future; today is {today}.</source>
            <translation>日期{date}晚于今天（今天是{today}）。</translation>
        </message>
        <message>
            <location filename="../app/domain/dates.py" line="61" />
            <source>{value} is not a real date: check the month and the day.</source>
            <translation>{value}不是有效日期：请检查月份和日。</translation>
        </message>
        <message>
            <location filename="../app/domain/errors.py" line="100" />
            <source>This record was changed elsewhere after you opened it. Close it and open it again.</source>
            <translation>您打开此记录后，它已在别处被修改。请关闭后重新打开。</translation>
        </message>
        <message>
            <location filename="../app/domain/errors.py" line="88" />
            <source>Record not found: {key}</source>
            <translation>未找到记录：{key}</translation>
        </message>
        <message>
            <location filename="../app/domain/errors.py" line="110" />
            <source>Your account is not allowed to do this: {action}</source>
            <translation>您的账户无权执行此操作：{action}</translation>
        </message>
        <message>
            <location filename="../app/domain/idnumber.py" line="87" />
            <source>Enter the household head's 18-character resident ID number.</source>
            <translation>请输入户主的18位居民身份证号码。</translation>
        </message>
        <message>
            <location filename="../app/domain/idnumber.py" line="89" />
            <source>This is an old 15-digit ID number. Enter the 18-character number of the current ID card.</source>
            <translation>这是旧的15位身份证号码。请输入现行身份证上的18位号码。</translation>
        </message>
        <message>
            <location filename="../app/domain/idnumber.py" line="92" />
            <source>An ID number has 18 characters; this one has {count}. Check for a missing or extra digit.</source>
            <translation>身份证号码应为18位，这个号码有{count}位。请检查是否漏输或多输了数字。</translation>
        </message>
        <message>
            <location filename="../app/domain/idnumber.py" line="97" />
            <source>An ID number holds only digits, and an X only as its last character; "{char}" is not allowed.</source>
            <translation>身份证号码只能包含数字，只有最后一位可以是X；不能出现“{char}”。</translation>
        </message>
        <message>
            <location filename="../app/domain/idnumber.py" line="103" />
            <source>The ID number starts with {code}, which is not a province code. Check the first two digits.</source>
            <translation>身份证号码以{code}开头，这不是省级行政区代码。请检查前两位数字。</translation>
        </message>
        <message>
            <location filename="../app/domain/idnumber.py" line="115" />
            <source>The birth date in the ID number ({birth}) is in the future. Check digits 7 to 14.</source>
            <translation>身份证号码中的出生日期（{birth}）晚于今天。请检查第7至14位。</translation>
        </message>
        <message>
            <location filename="../app/domain/idnumber.py" line="119" />
            <source>The birth date in the ID number ({birth}) is before 1900. Check digits 7 to 14.</source>
            <translation>身份证号码中的出生日期（{birth}）早于1900年。请检查第7至14位。</translation>
        </message>
        <message>
            <location filename="../app/domain/idnumber.py" line="125" />
            <source>The ID number's check digit is wrong: the last character should be {expected}. If the card shows {actual}, another digit was mistyped: compare the number with the card.</source>
            <translation>身份证号码的校验码不对：最后一位应为{expected}。如果证件上就是{actual}，说明其他某位输错了，请对照证件核对号码。</translation>
        </message>
        <message>
            <location filename="../app/domain/idnumber.py" line="111" />
            <source>The birth date in the ID number ({digits}) is not a real date. Check digits 7 to 14.</source>
            <translation>身份证号码中的出生日期（{digits}）不是有效日期。请检查第7至14位。</translation>
        </message>
        <message>
            <location filename="../app/domain/idnumber.py" line="135" />
            <source>The area code {code} of this ID number is not in the list of county codes. The number can be saved; check it against the ID card.</source>
            <translation>该身份证号码的地区码{code}不在县级行政区划代码表中。号码可以保存，请对照身份证核对。</translation>
        </message>
        <message>
            <location filename="../app/domain/idnumber.py" line="143" />
            <source>The area code {code} was retired in {year}, before the birth year {birth_year}. The number can be saved; check it against the ID card.</source>
            <translation>地区码{code}已于{year}年停用，早于出生年份{birth_year}。号码可以保存，请对照身份证核对。</translation>
        </message>
        <message>
            <location filename="../app/domain/lifecycle.py" line="77" />
            <source>The date {date} is before the record was registered ({first_date}).</source>
            <translation>日期{date}早于登记日期（{first_date}）。</translation>
        </message>
        <message>
            <location filename="../app/domain/lifecycle.py" line="111" />
            <source>A loan demand that is {from_status} cannot become {to_status}.</source>
            <translation>状态为“{from_status}”的融资需求不能改为“{to_status}”。</translation>
        </message>
        <message>
            <location filename="../app/domain/lifecycle.py" line="117" />
            <source>Give the reason why the loan demand is {to_status}.</source>
            <translation>请说明融资需求“{to_status}”的原因。</translation>
        </message>
        <message>
            <location filename="../app/domain/lifecycle.py" line="164" />
            <source>A complaint that is {from_status} cannot become {to_status}.</source>
            <translation>状态为“{from_status}”的投诉不能改为“{to_status}”。</translation>
        </message>
        <message>
            <location filename="../app/domain/lifecycle.py" line="81" />
            <source>The date {date} is before the previous step ({previous}, {previous_date}).</source>
            <translation>日期{date}早于上一步（{previous}，{previous_date}）。</translation>
        </message>
        <message>
            <location filename="../app/domain/lifecycle.py" line="128" />
            <source>Enter the amount the bank granted (more than zero).</source>
            <translation>请输入银行发放的金额（大于零）。</translation>
        </message>
        <message>
            <location filename="../app/domain/lifecycle.py" line="135" />
            <source>A rate cannot be negative.</source>
            <translation>利率不能为负数。</translation>
        </message>
        <message>
            <location filename="../app/domain/lifecycle.py" line="137" />
            <source>The interest subsidy cannot be negative.</source>
            <translation>贴息金额不能为负数。</translation>
        </message>
        <message>
            <location filename="../app/domain/lifecycle.py" line="173" />
            <source>Enter the institution the complaint is transferred to.</source>
            <translation>请输入投诉转办的机构。</translation>
        </message>
        <message>
            <location filename="../app/domain/lifecycle.py" line="130" />
            <source>The amount granted ({granted_yuan} yuan) is more than the amount asked ({asked_yuan} yuan). If the household asked for more, correct the demand first.</source>
            <translation>发放金额（{granted_yuan}元）大于申请金额（{asked_yuan}元）。如果该户实际申请更多，请先修改融资需求。</translation>
        </message>
        <message>
            <location filename="../app/domain/lifecycle.py" line="142" />
            <source>The maturity date {maturity} must be after the grant date {date}.</source>
            <translation>到期日{maturity}必须晚于发放日{date}。</translation>
        </message>
        <message>
            <location filename="../app/domain/lifecycle.py" line="178" />
            <source>Describe the outcome: how the complaint was resolved.</source>
            <translation>请填写办理结果：投诉是如何解决的。</translation>
        </message>
        <message>
            <location filename="../app/domain/lifecycle.py" line="182" />
            <source>Record whether the complainant is satisfied, or give the reason why this could not be asked.</source>
            <translation>请记录投诉人是否满意，或说明无法询问的原因。</translation>
        </message>
        <message>
            <location filename="../app/domain/money.py" line="23" />
            <source>{value} is not an amount. Enter yuan, such as 50000, 5万 or 50,000.00.</source>
            <translation>{value}不是金额。请以元为单位输入，如50000、5万或50,000.00。</translation>
        </message>
        <message>
            <location filename="../app/domain/money.py" line="42" />
            <location filename="../app/domain/money.py" line="96" />
            <location filename="../app/domain/money.py" line="53" />
            <source>Enter an amount in yuan, such as 50000 or 5万.</source>
            <translation>请输入以元为单位的金额，如50000或5万。</translation>
        </message>
        <message>
            <location filename="../app/domain/money.py" line="70" />
            <source>The amount cannot be negative: {value}.</source>
            <translation>金额不能为负数：{value}。</translation>
        </message>
        <message>
            <location filename="../app/domain/money.py" line="72" />
            <location filename="../app/domain/money.py" line="98" />
            <source>The amount must be more than zero.</source>
            <translation>金额必须大于零。</translation>
        </message>
        <message>
            <location filename="../app/domain/money.py" line="75" />
            <source>An amount has at most two decimals (fen); {value} has more.</source>
            <translation>金额最多两位小数（到分）；{value}的小数位太多。</translation>
        </message>
        <message>
            <location filename="../app/domain/money.py" line="105" />
            <location filename="../app/domain/money.py" line="115" />
            <source>Enter the yearly rate in percent, such as 4.35.</source>
            <translation>请以百分数输入年利率，如4.35。</translation>
        </message>
        <message>
            <location filename="../app/domain/money.py" line="121" />
            <source>A rate cannot be negative: {value}.</source>
            <translation>利率不能为负数：{value}。</translation>
        </message>
        <message>
            <location filename="../app/domain/money.py" line="124" />
            <source>A rate has at most two decimals in percent (4.35 for 4.35%); {value} has more.</source>
            <translation>利率按百分数最多两位小数（4.35%输入4.35）；{value}的小数位太多。</translation>
        </message>
        <message>
            <location filename="../app/domain/money.py" line="127" />
            <source>A yearly rate of {value}% cannot be right: enter the rate in percent, such as 4.35.</source>
            <translation>年利率{value}%不可能正确：请以百分数输入利率，如4.35。</translation>
        </message>
        <message>
            <location filename="../app/domain/money.py" line="108" />
            <location filename="../app/domain/money.py" line="117" />
            <source>{value} is not a rate. Enter the yearly rate in percent, such as 4.35.</source>
            <translation>{value}不是利率。请以百分数输入年利率，如4.35。</translation>
        </message>
        <message>
            <location filename="../app/domain/offices.py" line="18" />
            <source>An office code has 6 digits (county, GB/T 2260) or 9 or 12 digits (township or village statistical code).</source>
            <translation>工作室代码为 6 位（县，GB/T 2260），或 9 位、12 位（乡镇或村的统计代码）。</translation>
        </message>
        <message>
            <location filename="../app/domain/offices.py" line="23" />
            <source>The level must be county, township or village.</source>
            <translation>级别必须是县、乡或村。</translation>
        </message>
        <message>
            <location filename="../app/domain/offices.py" line="25" />
            <source>The office needs a Chinese name.</source>
            <translation>工作室需要中文名称。</translation>
        </message>
        <message>
            <location filename="../app/domain/offices.py" line="27" />
            <source>The parent office code has 6, 9 or 12 digits.</source>
            <translation>上级工作室代码为 6、9 或 12 位。</translation>
        </message>
        <message>
            <location filename="../app/domain/offices.py" line="21" />
            <source>Office codes in Qinghai start with 63.</source>
            <translation>青海的工作室代码以 63 开头。</translation>
        </message>
        <message>
            <location filename="../app/domain/phone.py" line="26" />
            <source>{value} is not a phone number. Enter an 11-digit mobile number such as 13812345678, or a landline with its area code such as 0971-8123456.</source>
            <translation>{value}不是电话号码。请输入11位手机号码（如13812345678），或带区号的固定电话（如0971-8123456）。</translation>
        </message>
        <message>
            <location filename="../app/domain/phone.py" line="58" />
            <source>The landline number {value} needs its area code in front, such as 0971-8123456.</source>
            <translation>固定电话{value}前面需要加区号，如0971-8123456。</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="90" />
            <source>The borrower must be at most {max_age} years old on the registration date; the household head is {age}.</source>
            <translation>借款人在登记日的年龄不能超过{max_age}周岁；户主为{age}周岁。</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="84" />
            <source>The borrower must be between {min_age} and {max_age} years old on the registration date; the household head is {age}.</source>
            <translation>借款人在登记日的年龄须在{min_age}至{max_age}周岁之间；户主为{age}周岁。</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="88" />
            <source>The borrower must be at least {min_age} years old on the registration date; the household head is {age}.</source>
            <translation>借款人在登记日的年龄须满{min_age}周岁；户主为{age}周岁。</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="168" />
            <source>Up to {max_yuan} yuan.</source>
            <translation>最高{max_yuan}元。</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="170" />
            <source>A term of up to {max_months} months.</source>
            <translation>期限最长{max_months}个月。</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="172" />
            <source>For production use only: note what the loan is for.</source>
            <translation>仅限生产用途：请注明贷款用途。</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="174" />
            <source>No collateral and no guarantee needed.</source>
            <translation>无需抵押，无需担保。</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="176" />
            <source>The interest is subsidised.</source>
            <translation>享受贴息。</translation>
        </message>
        <message>
            <location filename="../app/domain/loans.py" line="83" />
            <location filename="../app/domain/products.py" line="178" />
            <source>The {product} is no longer offered.</source>
            <translation>{product}已停办。</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="105" />
            <location filename="../app/domain/products.py" line="148" />
            <source>The {product} is only for these households: {allowed}. This household is: {status}.</source>
            <translation>{product}仅面向以下农牧户：{allowed}。该户为：{status}。</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="119" />
            <source>The {product} allows at most {max_yuan} yuan; {amount_yuan} yuan was asked.</source>
            <translation>{product}最高{max_yuan}元；申请的是{amount_yuan}元。</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="125" />
            <source>The {product} allows a term of at most {max_months} months; {months} months was asked.</source>
            <translation>{product}期限最长{max_months}个月；申请的是{months}个月。</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="153" />
            <source>The {product} is for these households: {allowed}.</source>
            <translation>{product}面向以下农牧户：{allowed}。</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="111" />
            <source>The household head's birth date is unknown, so the age limit of the {product} cannot be checked. Enter the ID number of the household head.</source>
            <translation>户主出生日期不明，无法核对{product}的年龄限制。请输入户主的身份证号码。</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="161" />
            <source>Borrowers aged {min_age} to {max_age}.</source>
            <translation>借款人年龄{min_age}至{max_age}周岁。</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="164" />
            <source>Borrowers aged {min_age} or more.</source>
            <translation>借款人年龄{min_age}周岁及以上。</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="166" />
            <source>Borrowers aged {max_age} or less.</source>
            <translation>借款人年龄{max_age}周岁及以下。</translation>
        </message>
        <message>
            <location filename="../app/domain/script.py" line="103" />
            <source>This is not valid Wylie: {text}</source>
            <translation>这不是有效的威利转写：{text}</translation>
        </message>
        <message>
            <location filename="../app/services/households.py" line="81" />
            <source>This ID number is already registered for household {name}.</source>
            <translation>此身份证号码已登记在农牧户 {name} 名下。</translation>
        </message>
        <message>
            <location filename="../app/services/households.py" line="86" />
            <source>Choose a village from the list.</source>
            <translation>请从列表中选择村。</translation>
        </message>
        <message>
            <location filename="../app/services/loans.py" line="86" />
            <source>A demand that is already decided cannot be edited; record the next step instead.</source>
            <translation>已有决定的需求不能再修改；请记录下一步。</translation>
        </message>
        <message>
            <location filename="../app/services/loans.py" line="51" />
            <source>Choose a loan product from the list.</source>
            <translation>请从列表中选择贷款产品。</translation>
        </message>
        <message>
            <location filename="../app/services/loans.py" line="55" />
            <source>Choose the household this demand is for.</source>
            <translation>请选择此需求所属的农牧户。</translation>
        </message>
        <message>
            <location filename="../app/services/ratings.py" line="62" />
            <source>Choose the household this rating is for.</source>
            <translation>请选择此评级所属的农牧户。</translation>
        </message>
        <message>
            <location filename="../app/services/ratings.py" line="88" />
            <source>This household already has a rating for {year}; open it to change it.</source>
            <translation>该农牧户已有 {year} 年的评级；如需修改请打开它。</translation>
        </message>
        <message>
            <location filename="../app/services/workspace.py" line="23" />
            <source>This register has no office profile yet. Create it first (command: init, or the first-start form).</source>
            <translation>此台账还没有工作室信息。请先创建（命令 init，或首次启动表单）。</translation>
        </message>
        <message>
            <location filename="../app/services/workspace.py" line="140" />
            <source>This register already belongs to office {code}.</source>
            <translation>此台账已属于工作室 {code}。</translation>
        </message>
        <message>
            <location filename="../storage/db.py" line="112" />
            <source>This register was written by a newer release of the program (schema {found}, this program knows {known}). Install the newer release; the file was not changed.</source>
            <translation>此台账由更新版本的程序写入（结构 {found}，本程序支持 {known}）。请安装新版本；文件未被改动。</translation>
        </message>
        <message>
            <location filename="../storage/db.py" line="69" />
            <source>{path} is a folder, not a register file.</source>
            <translation>{path} 是文件夹，不是台账文件。</translation>
        </message>
        <message>
            <location filename="../storage/db.py" line="79" />
            <source>{path} is not a register file or it is damaged ({detail}). Restore a backup.</source>
            <translation>{path} 不是台账文件或已损坏（{detail}）。请恢复备份。</translation>
        </message>
        <message>
            <location filename="../exports/pdf/errors.py" line="52" />
            <source>The {script} font file chosen in Settings cannot be used for PDF output: {path} ({reason}).</source>
            <translation>“设置”中选择的{script}字体文件不能用于 PDF 输出：{path}（{reason}）。</translation>
        </message>
        <message>
            <location filename="../exports/pdf/errors.py" line="16" />
            <source>Tibetan</source>
            <translation>藏文</translation>
        </message>
        <message>
            <location filename="../exports/pdf/errors.py" line="17" />
            <source>Chinese</source>
            <translation>中文</translation>
        </message>
        <message>
            <location filename="../exports/pdf/errors.py" line="18" />
            <source>Latin (digits and letters)</source>
            <translation>拉丁字母和数字</translation>
        </message>
        <message>
            <location filename="../exports/pdf/errors.py" line="23" />
            <source>No Tibetan font was found for PDF output. On Debian or Ubuntu install it with `sudo apt install fonts-noto-core` (Noto Serif Tibetan) or `sudo apt install fonts-tibetan-machine`; on Windows the font Microsoft Himalaya (himalaya.ttf) is needed. You can also choose a Tibetan TrueType font file in Settings.</source>
            <translation>未找到可用于 PDF 输出的藏文字体。Debian 或 Ubuntu 上请用 `sudo apt install fonts-noto-core`（Noto Serif Tibetan）或 `sudo apt install fonts-tibetan-machine` 安装；Windows 上需要 Microsoft Himalaya 字体（himalaya.ttf）。也可以在“设置”中选择一个藏文 TrueType 字体文件。</translation>
        </message>
        <message>
            <location filename="../exports/pdf/errors.py" line="28" />
            <source>No Chinese font was found for PDF output. On Debian or Ubuntu install it with `sudo apt install fonts-wqy-microhei`; on Windows the font SimSun (simsun.ttc) or Microsoft YaHei (msyh.ttc) is needed. You can also choose a Chinese TrueType font file in Settings.</source>
            <translation>未找到可用于 PDF 输出的中文字体。Debian 或 Ubuntu 上请用 `sudo apt install fonts-wqy-microhei` 安装；Windows 上需要宋体（simsun.ttc）或微软雅黑（msyh.ttc）。也可以在“设置”中选择一个中文 TrueType 字体文件。</translation>
        </message>
        <message>
            <location filename="../exports/pdf/errors.py" line="32" />
            <source>No Latin font was found for PDF output. On Debian or Ubuntu install it with `sudo apt install fonts-dejavu-core`; on Windows the font Arial (arial.ttf) is needed. You can also choose a TrueType font file in Settings.</source>
            <translation>未找到可用于 PDF 输出的拉丁字体。Debian 或 Ubuntu 上请用 `sudo apt install fonts-dejavu-core` 安装；Windows 上需要 Arial 字体（arial.ttf）。也可以在“设置”中选择一个 TrueType 字体文件。</translation>
        </message>
        <message>
            <location filename="../exports/pdf/errors.py" line="45" />
            <source>the file does not exist</source>
            <translation>文件不存在</translation>
        </message>
        <message>
            <location filename="../exports/pdf/errors.py" line="46" />
            <source>it has PostScript (CFF) outlines, which PDF export cannot embed; choose a TrueType font (.ttf, or a .ttc with TrueType outlines)</source>
            <translation>该字体为 PostScript（CFF）轮廓，PDF 输出无法嵌入；请选择 TrueType 字体（.ttf，或 TrueType 轮廓的 .ttc）</translation>
        </message>
        <message>
            <location filename="../exports/pdf/errors.py" line="48" />
            <source>it is not a TrueType font file</source>
            <translation>不是 TrueType 字体文件</translation>
        </message>
        <message>
            <location filename="../exports/pdf/errors.py" line="49" />
            <source>it does not contain the letters of this script</source>
            <translation>该字体不含这种文字</translation>
        </message>
        <message>
            <location filename="../app/commands/office.py" line="64" />
            <source>The register is sound.</source>
            <translation>台账完好。</translation>
        </message>
        <message>
            <location filename="../app/domain/complaints.py" line="72" />
            <source>Describe what the complaint is about.</source>
            <translation>请填写投诉内容。</translation>
        </message>
        <message>
            <location filename="../app/domain/complaints.py" line="77" />
            <source>Choose the complainant's household, or enter the complainant's name.</source>
            <translation>请选择投诉人所在农牧户，或输入投诉人姓名。</translation>
        </message>
        <message>
            <location filename="../app/domain/complaints.py" line="88" />
            <source>{value} is not a way a complaint can reach the office. Choose one from the list.</source>
            <translation>{value}不是投诉受理渠道。请从列表中选择。</translation>
        </message>
        <message>
            <location filename="../app/domain/complaints.py" line="115" />
            <source>No handler is named: every complaint should have one.</source>
            <translation>未指定经办人：每件投诉都应有经办人。</translation>
        </message>
        <message>
            <location filename="../app/domain/complaints.py" line="95" />
            <source>{value} is not a code of the JR/T 0169-2018 list. Choose one from the list, or 99 for other.</source>
            <translation>{value}不是JR/T 0169-2018中的代码。请从列表中选择，其他情况选99。</translation>
        </message>
        <message>
            <location filename="../app/domain/complaints.py" line="109" />
            <source>The due date {due} is before the date the complaint was received ({received}).</source>
            <translation>办结期限{due}早于受理日期（{received}）。</translation>
        </message>
        <message>
            <location filename="../app/domain/households.py" line="132" />
            <source>{value} is not an ethnicity of the list. Choose one from the list.</source>
            <translation>{value}不在民族列表中。请从列表中选择。</translation>
        </message>
        <message>
            <location filename="../app/domain/households.py" line="134" />
            <source>{value} is not an industry of the list. Choose one from the list.</source>
            <translation>{value}不在产业列表中。请从列表中选择。</translation>
        </message>
        <message>
            <location filename="../app/domain/households.py" line="85" />
            <source>Enter the household head's name in Chinese or in Tibetan script (at least one of the two).</source>
            <translation>请输入户主的中文姓名或藏文姓名（至少填一个）。</translation>
        </message>
        <message>
            <location filename="../app/domain/households.py" line="88" />
            <source>The Chinese name holds Tibetan letters. Put the Tibetan name in the Tibetan name field.</source>
            <translation>中文姓名中含有藏文字母。请把藏文姓名填在藏文姓名栏中。</translation>
        </message>
        <message>
            <location filename="../app/domain/households.py" line="91" />
            <source>The Tibetan name must be in Tibetan script only. Without a Tibetan keyboard, switch the field to Wylie input and type the name in Wylie, such as bkra shis.</source>
            <translation>藏文姓名只能使用藏文字符。没有藏文键盘时，请把该栏切换为威利（Wylie）输入，用威利转写输入姓名，如 bkra shis。</translation>
        </message>
        <message>
            <location filename="../app/domain/households.py" line="127" />
            <source>The household has {size} members, so it cannot have {labour} workers.</source>
            <translation>该户有{size}口人，劳动力不能是{labour}人。</translation>
        </message>
        <message>
            <location filename="../app/domain/households.py" line="137" />
            <source>{value} is not a household status of the list. Choose one from the list.</source>
            <translation>{value}不在农牧户类别列表中。请从列表中选择。</translation>
        </message>
        <message>
            <location filename="../app/domain/households.py" line="141" />
            <source>The preferred language must be Chinese, Tibetan or both; {value} was given.</source>
            <translation>常用语言须为中文、藏文或双语；填写的是{value}。</translation>
        </message>
        <message>
            <location filename="../app/domain/households.py" line="105" />
            <source>By the ID number the household head is {age} years old. Check that this is the head of the household.</source>
            <translation>按身份证号码，户主为{age}周岁。请核实此人是否为户主。</translation>
        </message>
        <message>
            <location filename="../app/domain/households.py" line="119" />
            <source>A household has at least 1 member; enter the number of people in the household.</source>
            <translation>每户至少1口人；请输入家庭人口数。</translation>
        </message>
        <message>
            <location filename="../app/domain/idnumber.py" line="82" />
            <source>The spreadsheet stored the ID number as a number, which loses its last digits. Format the column as text and type the number again.</source>
            <translation>表格把身份证号码存成了数字，末尾几位已丢失。请把该列设为文本格式后重新输入号码。</translation>
        </message>
        <message>
            <location filename="../app/domain/loans.py" line="54" />
            <source>Choose the household that asks for the loan.</source>
            <translation>请选择申请贷款的农牧户。</translation>
        </message>
        <message>
            <location filename="../app/domain/loans.py" line="65" />
            <source>Enter the amount asked, in yuan.</source>
            <translation>请输入申请金额（元）。</translation>
        </message>
        <message>
            <location filename="../app/domain/loans.py" line="80" />
            <source>The product {code} does not match the product checked.</source>
            <translation>贷款产品{code}与所核对的产品不一致。</translation>
        </message>
        <message>
            <location filename="../app/domain/loans.py" line="95" />
            <source>The {product} is for production use: note what the loan is for.</source>
            <translation>{product}限于生产用途：请注明贷款用途。</translation>
        </message>
        <message>
            <location filename="../app/domain/loans.py" line="67" />
            <source>The amount asked must be more than zero.</source>
            <translation>申请金额必须大于零。</translation>
        </message>
        <message>
            <location filename="../app/domain/loans.py" line="75" />
            <source>The term is a whole number of months, at least 1.</source>
            <translation>期限为整月数，至少1个月。</translation>
        </message>
        <message>
            <location filename="../app/domain/numbers.py" line="31" />
            <location filename="../app/domain/numbers.py" line="34" />
            <location filename="../app/domain/numbers.py" line="43" />
            <source>{value} is not a whole number.</source>
            <translation>{value}不是整数。</translation>
        </message>
        <message>
            <location filename="../app/domain/numbers.py" line="46" />
            <source>The number must be at least {minimum}; {value} was entered.</source>
            <translation>数字不能小于{minimum}；输入的是{value}。</translation>
        </message>
        <message>
            <location filename="../app/domain/numbers.py" line="28" />
            <source>Enter a whole number.</source>
            <translation>请输入整数。</translation>
        </message>
        <message>
            <location filename="../app/domain/ratings.py" line="73" />
            <source>Choose the household that is rated.</source>
            <translation>请选择被评定的农牧户。</translation>
        </message>
        <message>
            <location filename="../app/domain/ratings.py" line="88" />
            <source>A rating for {year} cannot be made on {rated_on}, before that year.</source>
            <translation>{year}年度的评定不能在{rated_on}（该年度之前）进行。</translation>
        </message>
        <message>
            <location filename="../app/domain/ratings.py" line="125" />
            <source>Name the bank's rater: the bank and the village rate each household together.</source>
            <translation>请填写银行评定人：每户都由银行和村里共同评定。</translation>
        </message>
        <message>
            <location filename="../app/domain/ratings.py" line="128" />
            <source>Name the village's rater: the bank and the village rate each household together.</source>
            <translation>请填写村评定人：每户都由银行和村里共同评定。</translation>
        </message>
        <message>
            <location filename="../app/domain/ratings.py" line="85" />
            <source>Enter the year the rating is for, such as {year}.</source>
            <translation>请输入评定年度，如{year}。</translation>
        </message>
        <message>
            <location filename="../app/domain/ratings.py" line="96" />
            <source>Give the points for {criterion} (0 to {max}).</source>
            <translation>请填写“{criterion}”的得分（0至{max}分）。</translation>
        </message>
        <message>
            <location filename="../app/domain/ratings.py" line="104" />
            <source>The points for {criterion} must be from 0 to {max}; {points} was given.</source>
            <translation>“{criterion}”的得分须在0至{max}分之间；填写的是{points}。</translation>
        </message>
        <message>
            <location filename="../app/domain/ratings.py" line="111" />
            <source>{criterion} is not a criterion of the score sheet.</source>
            <translation>“{criterion}”不是评分表中的项目。</translation>
        </message>
        <message>
            <location filename="../app/domain/ratings.py" line="122" />
            <source>A score is from 0 to 100; {points} was given.</source>
            <translation>分数须在0至100之间；填写的是{points}。</translation>
        </message>
        <message>
            <location filename="../app/domain/ratings.py" line="136" />
            <source>The points add up to {score}, more than 100: the score sheet's maximum points must add up to 100.</source>
            <translation>各项得分合计{score}分，超过100分：评分表各项满分之和必须为100。</translation>
        </message>
        <message>
            <location filename="../app/domain/sessions.py" line="81" />
            <source>Choose at least one topic the session was about.</source>
            <translation>请至少选择一个宣传主题。</translation>
        </message>
        <message>
            <location filename="../app/domain/sessions.py" line="90" />
            <source>The language of a session must be Chinese, Tibetan or both; {value} was given.</source>
            <translation>宣传活动的语言须为中文、藏文或双语；填写的是{value}。</translation>
        </message>
        <message>
            <location filename="../app/domain/sessions.py" line="103" />
            <source>The number of women ({count}) cannot be more than the total attendance ({total}).</source>
            <translation>女性人数（{count}）不能多于参加总人数（{total}）。</translation>
        </message>
        <message>
            <location filename="../app/domain/sessions.py" line="105" />
            <source>The number of people from poor households ({count}) cannot be more than the total attendance ({total}).</source>
            <translation>贫困户人数（{count}）不能多于参加总人数（{total}）。</translation>
        </message>
        <message>
            <location filename="../app/domain/sessions.py" line="110" />
            <source>The attendance ({total}) cannot be below the number of linked attendees ({attendees}). Raise the count or remove attendees from the list.</source>
            <translation>参加人数（{total}）不能少于已关联的参加户数（{attendees}）。请调高人数，或从名单中移除参加者。</translation>
        </message>
        <message>
            <location filename="../app/domain/sessions.py" line="114" />
            <source>No attendance is recorded for this session.</source>
            <translation>本次宣传活动没有记录参加人数。</translation>
        </message>
        <message>
            <location filename="../app/domain/sessions.py" line="85" />
            <source>{value} is not a topic of the list. Choose one from the list.</source>
            <translation>{value}不在宣传主题列表中。请从列表中选择。</translation>
        </message>
        <message>
            <location filename="../app/domain/sessions.py" line="98" />
            <source>A count cannot be negative.</source>
            <translation>人数或数量不能为负数。</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>确定</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>全部保存</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>是(&amp;Y)</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>全是(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>否(&amp;N)</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>全否(&amp;O)</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>中止</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>重试</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>忽略</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>丢弃</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>帮助</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>应用</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>重置</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>恢复默认值</translation>
        </message>
    </context>
    <context>
        <name>QDialogButtonBox</name>
        <message>
            <source>OK</source>
            <translation>确定</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>显示详情...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>隐藏详情...</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>撤消(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>剪切(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>复制(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>粘贴(&amp;P)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>全选</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>撤消(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>剪切(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>复制(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>粘贴(&amp;P)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>全选</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>复制链接地址(&amp;L)</translation>
        </message>
    </context>
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>&amp;Select All</source>
            <translation>全选(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Step up</source>
            <translation>升高(&amp;S)</translation>
        </message>
        <message>
            <source>Step &amp;down</source>
            <translation>降低(&amp;D)</translation>
        </message>
    </context>
    <context>
        <name>QProgressDialog</name>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>QInputDialog</name>
        <message>
            <source>Enter a value:</source>
            <translation>输入一个值：</translation>
        </message>
    </context>
    <context>
        <name>QWizard</name>
        <message>
            <source>&amp;Finish</source>
            <translation>完成(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>下一步(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>下一步(&amp;N) &gt;</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; 上一步(&amp;B)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Commit</source>
            <translation>提交</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>继续</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>完成</translation>
        </message>
        <message>
            <source>Go Back</source>
            <translation>上一步</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>帮助</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
目录未找到。
请检查指定的目录名是否正确。</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
文件未找到。
请检查指定的文件名是否正确。</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 已存在。
您想要替换它吗？</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>选择(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>删除(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>新建文件夹(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>打开(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>重命名(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation>“%1”已被写入保护。
您仍然想要删除它吗？</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>所有文件 (*)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>所有文件 (*)</translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation>您确定要删除“%1”吗？</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>后退</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>更改为详情视图模式</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>更改为列表视图模式</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>无法删除目录。</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>新建文件夹</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>新建一个文件夹</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>详情视图</translation>
        </message>
        <message>
            <source>Directories</source>
            <translation>目录</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>目录：</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>驱动器</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>文件名称(&amp;N)：</translation>
        </message>
        <message>
            <source>File Folder</source>
            <translation>文件夹</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>文件类型：</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>查找目录</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>文件夹</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>前进</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>后退</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>前进</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>转到父目录</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>列表视图</translation>
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation>位置和书签列表</translation>
        </message>
        <message>
            <source>Look in:</source>
            <translation>查找范围：</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>我的电脑</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>新建文件夹</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>父目录</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>最近位置</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>另存为</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>显示隐藏文件(&amp;H)</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>侧边栏</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <source>&amp;Look in:</source>
            <translation>查找范围(&amp;L)：</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>文件类型(&amp;T)：</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Computer</source>
            <translation>计算机</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>修改日期</translation>
        </message>
        <message>
            <source>Invalid filename</source>
            <translation>无效的文件名</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>我的电脑</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>体积</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
    </context>
    <context>
        <name>FontSettingsBox</name>
        <message>
            <location filename="../ui/fonts.py" line="547" />
            <source>Dual-base linkage office</source>
            <translation>双基联动工作室</translation>
        </message>
        <message>
            <location filename="../ui/fonts.py" line="584" />
            <source>Fonts</source>
            <translation>字体</translation>
        </message>
        <message>
            <location filename="../ui/fonts.py" line="585" />
            <source>Tibetan font:</source>
            <translation>藏文字体：</translation>
        </message>
        <message>
            <location filename="../ui/fonts.py" line="586" />
            <source>Chinese font:</source>
            <translation>中文字体：</translation>
        </message>
        <message>
            <location filename="../ui/fonts.py" line="587" />
            <source>Choose a Tibetan font file…</source>
            <translation>选择藏文字体文件…</translation>
        </message>
        <message>
            <location filename="../ui/fonts.py" line="588" />
            <source>Choose a Chinese font file…</source>
            <translation>选择中文字体文件…</translation>
        </message>
        <message>
            <location filename="../ui/fonts.py" line="589" />
            <source>Use the installed fonts</source>
            <translation>使用已安装的字体</translation>
        </message>
        <message>
            <location filename="../ui/fonts.py" line="599" />
            <source>none found</source>
            <translation>未找到</translation>
        </message>
        <message>
            <location filename="../ui/fonts.py" line="600" />
            <source>installed</source>
            <translation>已安装</translation>
        </message>
        <message>
            <location filename="../ui/fonts.py" line="603" />
            <source>%1 (%2), drawn %3× larger</source>
            <translation>%1（%2），放大 %3 倍显示</translation>
        </message>
        <message>
            <location filename="../ui/fonts.py" line="622" />
            <source>Choose a Tibetan font file</source>
            <translation>选择藏文字体文件</translation>
        </message>
        <message>
            <location filename="../ui/fonts.py" line="623" />
            <source>Choose a Chinese font file</source>
            <translation>选择中文字体文件</translation>
        </message>
        <message>
            <location filename="../ui/fonts.py" line="625" />
            <source>Font files (*.ttf *.otf *.ttc)</source>
            <translation>字体文件 (*.ttf *.otf *.ttc)</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <location filename="../ui/i18n.py" line="292" />
            <source>Chinese</source>
            <translation>中文</translation>
        </message>
        <message>
            <location filename="../ui/i18n.py" line="293" />
            <source>Tibetan</source>
            <translation>藏文</translation>
        </message>
        <message>
            <location filename="../ui/i18n.py" line="294" />
            <source>Bilingual</source>
            <translation>双语</translation>
        </message>
        <message>
            <location filename="../ui/i18n.py" line="359" />
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <location filename="../ui/i18n.py" line="362" />
            <source>Tibetan first in bilingual text</source>
            <translation>双语时藏文在前</translation>
        </message>
        <message>
            <location filename="../ui/i18n.py" line="363" />
            <source>Tibetan digits in Tibetan mode</source>
            <translation>藏文模式下使用藏文数字</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Drive</source>
            <translation>驱动器</translation>
        </message>
        <message>
            <source>Folder</source>
            <comment>All other platforms</comment>
            <translation>文件夹</translation>
        </message>
    </context>
</TS>
