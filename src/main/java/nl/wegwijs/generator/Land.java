package nl.wegwijs.generator;

import java.util.List;

import nl.wegwijs.huishouden.Geletterdheid;

/**
 * The countries of origin of generated statushouders with their share of households (roughly the asylum permits of
 * recent years), languages (the first weighted by repetition), how often an adult needs an interpreter, how literacy
 * is spread among adults, and names. With {@code patroniem} a child's surname is the father's first name.
 */
enum Land {

    SYRIE("Syrië", 33, List.of("Arabisch", "Arabisch", "Arabisch", "Arabisch", "Koerdisch (Kurmanji)"),
            List.of("Engels", "Turks"), 0.55, false, new double[] { 35, 50, 10, 5 },
            List.of("Abdulkarim", "Anas", "Firas", "Ghaith", "Jamal", "Majd", "Muhannad", "Nizar", "Samer", "Tarek",
                    "Wael", "Zaid"),
            List.of("Alaa", "Bayan", "Ghada", "Hanan", "Joumana", "Lama", "Manal", "Nisreen", "Rim", "Safaa", "Waad",
                    "Yasmin"),
            List.of("Al-Ali", "Al-Khatib", "Aswad", "Bakkour", "Hamwi", "Halabi", "Jabbour", "Kanaan", "Mahmoud",
                    "Nahas", "Shami", "Zein")),
    ERITREA("Eritrea", 14, List.of("Tigrinya", "Tigrinya", "Tigrinya", "Tigre"), List.of("Arabisch", "Engels"),
            0.85, true, new double[] { 10, 45, 25, 20 },
            List.of("Aman", "Biniam", "Efrem", "Goitom", "Henok", "Mehari", "Natnael", "Samuel", "Teklit", "Yemane",
                    "Yohannes", "Zerai"),
            List.of("Almaz", "Elsa", "Hiwet", "Lidia", "Mebrat", "Milen", "Rahel", "Semhar", "Tsega", "Winta",
                    "Yodit", "Zewdi"),
            List.of("Abraha", "Asmerom", "Ghirmay", "Haile", "Kahsay", "Mehreteab", "Negash", "Okbay", "Russom",
                    "Sium", "Tewolde", "Weldemichael")),
    TURKIJE("Turkije", 12, List.of("Turks", "Turks", "Turks", "Koerdisch (Kurmanji)"), List.of("Engels", "Duits"),
            0.45, false, new double[] { 80, 0, 15, 5 },
            List.of("Ahmet", "Barış", "Can", "Erdem", "Furkan", "Kaan", "Kerem", "Onur", "Selim", "Tolga", "Ufuk",
                    "Volkan"),
            List.of("Aslı", "Büşra", "Ebru", "Esra", "Gizem", "Hande", "Merve", "Nazlı", "Özlem", "Pınar", "Seda",
                    "Tuğba"),
            List.of("Akın", "Bulut", "Erdoğan", "Güneş", "Kılıç", "Koç", "Özdemir", "Polat", "Şahin", "Tekin",
                    "Yavuz", "Yıldız")),
    AFGHANISTAN("Afghanistan", 10, List.of("Dari", "Dari", "Pashto"), List.of("Engels", "Urdu", "Farsi"), 0.7,
            false, new double[] { 15, 35, 20, 30 },
            List.of("Abdul", "Asadullah", "Fawad", "Habib", "Idris", "Khalid", "Massoud", "Nasir", "Obaid", "Qadir",
                    "Shafiq", "Zabihullah"),
            List.of("Arezo", "Fariba", "Gulalai", "Hosna", "Khatera", "Malalai", "Mursal", "Nadia", "Roya", "Sadaf",
                    "Tamana", "Zarghona"),
            List.of("Amiri", "Azizi", "Haidari", "Jalali", "Karimi", "Mohammadi", "Naseri", "Qaderi", "Rezai",
                    "Sharifi", "Stanikzai", "Yousufzai")),
    JEMEN("Jemen", 6, List.of("Arabisch"), List.of("Engels"), 0.6, false, new double[] { 15, 50, 20, 15 },
            List.of("Adel", "Ammar", "Basheer", "Hamza", "Hisham", "Mohsen", "Mukhtar", "Nabil", "Rashad", "Sami",
                    "Yahya", "Ziyad"),
            List.of("Asma", "Ebtisam", "Fatin", "Ilham", "Khadija", "Lubna", "Maha", "Najla", "Rawan", "Salwa",
                    "Suad", "Wafa"),
            List.of("Al-Aghbari", "Al-Awlaki", "Al-Haddad", "Al-Iryani", "Al-Kaf", "Al-Sakkaf", "Ba-Abbad",
                    "Hizam", "Mutahar", "Numan", "Shamsan", "Thabet")),
    IRAN("Iran", 4, List.of("Farsi", "Farsi", "Azerbeidzjaans"), List.of("Engels"), 0.5, false,
            new double[] { 40, 52, 6, 2 },
            List.of("Babak", "Farhad", "Hamed", "Kourosh", "Mehdi", "Navid", "Omid", "Payam", "Ramin", "Shahram",
                    "Vahid", "Yashar"),
            List.of("Bahar", "Elaheh", "Farnaz", "Golnaz", "Mina", "Nasrin", "Pegah", "Samira", "Setareh", "Shadi",
                    "Tara", "Yasaman"),
            List.of("Abbasi", "Bahrami", "Ebrahimi", "Farahani", "Ghorbani", "Kazemi", "Mirzaei", "Najafi",
                    "Rostami", "Shirazi", "Soltani", "Zand")),
    IRAK("Irak", 4, List.of("Arabisch", "Arabisch", "Koerdisch (Sorani)"), List.of("Engels", "Turkmeens"), 0.55,
            false, new double[] { 25, 55, 12, 8 },
            List.of("Ali", "Bilal", "Dler", "Falah", "Hawkar", "Jafar", "Karim", "Mahdi", "Sabah", "Shwan",
                    "Yassin", "Zana"),
            List.of("Avin", "Dilan", "Hawre", "Iman", "Kurdistan", "Marwa", "Nazdar", "Raghad", "Shahad", "Tara",
                    "Zhila", "Zahraa"),
            List.of("Al-Bayati", "Al-Dulaimi", "Al-Obaidi", "Al-Tamimi", "Barzani", "Faraj", "Hamad", "Ismail",
                    "Jaff", "Mustafa", "Othman", "Talabani")),
    SOMALIE("Somalië", 4, List.of("Somalisch"), List.of("Arabisch", "Engels"), 0.75, true,
            new double[] { 40, 5, 25, 30 },
            List.of("Abdikarim", "Abdullahi", "Bashir", "Dahir", "Farhan", "Hamza", "Ismail", "Khalid", "Mukhtar",
                    "Omar", "Said", "Yasin"),
            List.of("Amina", "Deqa", "Faduma", "Halima", "Hawa", "Idil", "Khadra", "Maryan", "Nimco", "Sagal",
                    "Ubah", "Zamzam"),
            List.of("Abdi", "Ahmed", "Ali", "Egal", "Elmi", "Hirsi", "Ismail", "Mohamed", "Nur", "Shire",
                    "Warsame", "Yusuf")),
    SOEDAN("Soedan", 3, List.of("Arabisch", "Arabisch", "Fur"), List.of("Engels"), 0.65, false,
            new double[] { 15, 45, 20, 20 },
            List.of("Abakar", "Ahmed", "Bakhit", "Daoud", "Elnour", "Hamid", "Issa", "Mahjoub", "Mubarak", "Nour",
                    "Siddig", "Yousif"),
            List.of("Awadia", "Fatima", "Hajer", "Intisar", "Khadiga", "Manahil", "Nagwa", "Rasha", "Safia",
                    "Tayseer", "Widad", "Zeinab"),
            List.of("Abdalla", "Babiker", "Elamin", "Eltayeb", "Hamid", "Khalifa", "Mahmoud", "Osman", "Saeed",
                    "Taha", "Yahia", "Zakaria")),
    ETHIOPIE("Ethiopië", 2, List.of("Amhaars", "Amhaars", "Oromo", "Tigrinya"), List.of("Engels"), 0.7, true,
            new double[] { 25, 45, 18, 12 },
            List.of("Addis", "Ashenafi", "Biruk", "Eyob", "Fasil", "Getachew", "Habtamu", "Kidus", "Mulugeta",
                    "Solomon", "Tewodros", "Yonatan"),
            List.of("Abeba", "Aster", "Eden", "Genet", "Hanna", "Kalkidan", "Mahlet", "Rediet", "Sara", "Tsion",
                    "Yeshi", "Zenebech"),
            List.of("Abebe", "Assefa", "Demissie", "Gebre", "Kassa", "Mekonnen", "Negussie", "Shiferaw", "Tadesse",
                    "Tesfaye", "Wolde", "Zewde")),
    STAATLOOS("Staatloos", 3, List.of("Arabisch"), List.of("Engels"), 0.5, false, new double[] { 40, 45, 10, 5 },
            List.of("Ayman", "Fadi", "Ibrahim", "Iyad", "Khaled", "Mahmoud", "Nidal", "Raed", "Saleh", "Wissam",
                    "Yazan", "Ziad"),
            List.of("Abeer", "Dalia", "Hiba", "Lana", "Maysa", "Nada", "Raneem", "Reem", "Samah", "Shireen", "Tala",
                    "Ward"),
            List.of("Abu Hamdan", "Awad", "Barghouti", "Darwish", "Hijazi", "Khoury", "Masri", "Nasser", "Odeh",
                    "Qasem", "Shahin", "Zoabi"));

    private static final Geletterdheid[] NIVEAUS = { Geletterdheid.GELETTERD, Geletterdheid.ANDER_SCHRIFT,
            Geletterdheid.LAAGGELETTERD, Geletterdheid.ANALFABEET };
    private static final Land[] ALLE = values();
    private static final double[] AANDELEN = new double[ALLE.length];

    static {
        for (int i = 0; i < ALLE.length; i++) {
            AANDELEN[i] = ALLE[i].aandeel;
        }
    }

    final String naam;
    private final int aandeel;
    final List<String> talen;
    final List<String> bijtalen;
    final double tolkKans;
    final boolean patroniem;
    private final double[] geletterdheid;
    final List<String> mannen;
    final List<String> vrouwen;
    final List<String> achternamen;

    Land(String naam, int aandeel, List<String> talen, List<String> bijtalen, double tolkKans, boolean patroniem,
            double[] geletterdheid, List<String> mannen, List<String> vrouwen, List<String> achternamen) {
        this.naam = naam;
        this.aandeel = aandeel;
        this.talen = talen;
        this.bijtalen = bijtalen;
        this.tolkKans = tolkKans;
        this.patroniem = patroniem;
        this.geletterdheid = geletterdheid;
        this.mannen = mannen;
        this.vrouwen = vrouwen;
        this.achternamen = achternamen;
    }

    static Land kies(Willekeur w) {
        return ALLE[w.gewogen(AANDELEN)];
    }

    Geletterdheid geletterdheid(Willekeur w) {
        return NIVEAUS[w.gewogen(geletterdheid)];
    }

    /** Whether the language is written in Latin script, so a literate child reads Dutch letters. */
    boolean latijnsSchrift() {
        return this == TURKIJE || this == SOMALIE;
    }
}
