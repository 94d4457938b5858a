<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../ui/dialogs/about_dialog.py" line="+21"/>
        <location filename="../ui/main_window.py" line="+98"/>
        <source>حول البرنامج</source>
        <translation>À propos</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>الخطوط: Noto Sans Arabic و Amiri، برخصة SIL Open Font License 1.1.</source>
        <translation>Polices : Noto Sans Arabic et Amiri, sous licence SIL Open Font License 1.1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/commune_dialog.py" line="+21"/>
        <source>تصحيح جماعة</source>
        <translation>Corriger une commune</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/pages/programme_page.py" line="+85"/>
        <source>إضافة جماعة</source>
        <translation>Ajouter une commune</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../ui/dialogs/quota_dialog.py" line="+44"/>
        <location filename="../ui/pages/programme_page.py" line="-30"/>
        <location line="+14"/>
        <location line="+14"/>
        <source>الإقليم أو العمالة</source>
        <translation>Province ou préfecture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>الاسم بالعربية</source>
        <translation>Nom en arabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/pages/programme_page.py" line="-13"/>
        <location line="+11"/>
        <source>الاسم بالفرنسية</source>
        <translation>Nom en français</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/pages/programme_page.py" line="-10"/>
        <location line="+11"/>
        <location filename="../ui/pages/settings_page.py" line="+59"/>
        <source>النوع</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>الرمز الجغرافي (اختياري)</source>
        <translation>Code géographique (facultatif)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/edition_dialog.py" line="+22"/>
        <source>تعديل النسخة</source>
        <translation>Modifier l&apos;édition</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/pages/programme_page.py" line="-33"/>
        <source>إضافة نسخة</source>
        <translation>Ajouter une édition</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+1"/>
        <source> شهر</source>
        <translation> mois</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>السماح لهيئة سبق أن استفادت بالاستفادة مرة أخرى</source>
        <translation>Autoriser un organisme déjà bénéficiaire à en bénéficier de nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> درهم</source>
        <translation> DH</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../ui/pages/programme_page.py" line="-9"/>
        <source>السنة</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>رقم النسخة</source>
        <translation>Numéro de l&apos;édition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>تاريخ البداية</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>تاريخ النهاية</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>نسبة التدبير الإداري</source>
        <translation>Taux des frais de gestion administrative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>أدنى مدة للاستفادة</source>
        <translation>Durée minimale du bénéfice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>أقصى مدة للاستفادة</source>
        <translation>Durée maximale du bénéfice</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/pages/programme_page.py" line="+7"/>
        <source>المدة الاعتيادية</source>
        <translation>Durée habituelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>منحة دعم التشغيل الشهرية (الإدماج المستدام)</source>
        <translation>Prime mensuelle d&apos;appui à l&apos;emploi (Appui à l&apos;insertion durable)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>مدة صرف المنحة</source>
        <translation>Durée de versement de la prime</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>أدنى مدة لعقد الشغل</source>
        <translation>Durée minimale du contrat de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/dialogs/quota_dialog.py" line="+6"/>
        <location filename="../ui/pages/programme_page.py" line="+13"/>
        <source>ملاحظات</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/quota_dialog.py" line="-29"/>
        <source>تعديل الحصة</source>
        <translation>Modifier le quota</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/pages/programme_page.py" line="+1"/>
        <source>إضافة حصة</source>
        <translation>Ajouter un quota</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>احسب أشهر العمل من المدة الاعتيادية</source>
        <translation>Calculer les mois de travail à partir de la durée habituelle</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/pages/programme_page.py" line="-22"/>
        <location line="+14"/>
        <source>النسخة</source>
        <translation>Édition</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/pages/programme_page.py" line="+3"/>
        <source>الشق</source>
        <translation>Volet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>عدد المناصب</source>
        <translation>Nombre de postes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>عدد أشهر العمل</source>
        <translation>Nombre de mois de travail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>عدد المستفيدين الممكن</source>
        <translation>Nombre possible de bénéficiaires</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{people} مستفيدا لمدة {months} أشهر</source>
        <translation>{people} bénéficiaires pendant {months} mois</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/record_dialog.py" line="+33"/>
        <source>حفظ</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>إلغاء</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/errors.py" line="+44"/>
        <source>حدث خطأ غير متوقع. سجلت تفاصيله في ملف السجل:</source>
        <translation>Une erreur inattendue s&apos;est produite. Les détails ont été enregistrés dans le fichier journal :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>تعذر إتمام العملية</source>
        <translation>Impossible de terminer l&apos;opération</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>خطأ</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../ui/main.py" line="+66"/>
        <source>حدثت قاعدة البيانات؛ نسخة احتياطية في: </source>
        <translation>Base de données mise à jour ; sauvegarde dans : </translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="-64"/>
        <source>مكتب أوراش</source>
        <translation>Awrach Desk</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>البرنامج والحصص</source>
        <translation>Programme et quotas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>الشركاء</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>سجل الجمعيات والتعاونيات والمقاولات حاملة المشاريع.</source>
        <translation>Registre des associations, coopératives et entreprises porteuses de projets.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>المشاريع المقترحة</source>
        <translation>Projets proposés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>طلبات عروض المشاريع والأوراش المقترحة ومراقبة شروط البرنامج.</source>
        <translation>Appels à projets, chantiers proposés et contrôle des conditions du programme.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>اللجنة والاجتماعات</source>
        <translation>Comité et réunions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>الحضور والتنقيط والتصويت والقرارات والمحاضر.</source>
        <translation>Présences, notation, votes, décisions et procès-verbaux.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>الاتفاقيات</source>
        <translation>Conventions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>اتفاقيات الشراكة وطباعتها وتوقيعها وملاحقها.</source>
        <translation>Conventions de partenariat : impression, signature et avenants.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>المستفيدون</source>
        <translation>Bénéficiaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>استيراد المستفيدين وتعيينهم والتصريح بهم والشواهد.</source>
        <translation>Import, affectation et déclaration des bénéficiaires ; attestations.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>التتبع</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>لوحات القيادة والتقارير الدورية.</source>
        <translation>Tableaux de bord et rapports périodiques.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>الإعدادات</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>قاعدة البيانات: {name}</source>
        <translation>Base de données : {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;ملف</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>نسخة احتياطية...</source>
        <translation>Sauvegarde...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>خروج</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;بيانات</source>
        <translation>&amp;Données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>تحميل البيانات التجريبية (خنيفرة 2022-2023)</source>
        <translation>Charger les données de démonstration (Khénifra 2022-2023)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;مساعدة</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>حفظ نسخة احتياطية</source>
        <translation>Enregistrer une sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/pages/settings_page.py" line="+23"/>
        <source>قاعدة بيانات (*.sqlite)</source>
        <translation>Base de données (*.sqlite)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>جار إنشاء النسخة الاحتياطية...</source>
        <translation>Création de la sauvegarde...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>نسخة احتياطية</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>حفظت النسخة الاحتياطية في:</source>
        <translation>Sauvegarde enregistrée dans :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>جار تحميل البيانات التجريبية...</source>
        <translation>Chargement des données de démonstration...</translation>
    </message>
    <message>
        <location filename="../ui/pages/placeholder_page.py" line="+16"/>
        <source>هذا القسم قيد الإنجاز وسيتوفر في إصدار قادم.</source>
        <translation>Cette section est en cours de réalisation et sera disponible dans une prochaine version.</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme_page.py" line="-15"/>
        <source>من</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>إلى</source>
        <translation>Au</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>مدة الاستفادة (أشهر)</source>
        <translation>Durée du bénéfice (mois)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>التدبير الإداري</source>
        <translation>Frais de gestion administrative</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>نسخ البرنامج</source>
        <translation>Éditions du programme</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+14"/>
        <location line="+11"/>
        <source>الرمز</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>المناصب</source>
        <translation>Postes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>أشهر العمل</source>
        <translation>Mois de travail</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>الحصص حسب الأقاليم</source>
        <translation>Quotas par province</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>الجهة</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>عرض الجماعات</source>
        <translation>Voir les communes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>الأقاليم والعمالات</source>
        <translation>Provinces et préfectures</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>الجماعة</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>المصدر</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>الجماعات</source>
        <translation>Communes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>أضافتها اللجنة</source>
        <translation>Ajoutée par le comité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>صححتها اللجنة</source>
        <translation>Corrigée par le comité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>اللائحة الرسمية</source>
        <translation>Liste officielle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>كل النسخ</source>
        <translation>Toutes les éditions</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>كل الأقاليم</source>
        <translation>Toutes les provinces</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="-51"/>
        <source>عام</source>
        <translation>Général</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>قاعدة البيانات</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>استعمال ملف آخر...</source>
        <translation>Utiliser un autre fichier...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>الرجوع إلى الملف الافتراضي</source>
        <translation>Revenir au fichier par défaut</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>لغة الواجهة (تطبق عند إعادة التشغيل)</source>
        <translation>Langue de l&apos;interface (appliquée au redémarrage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>المستخدم</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>الحد الأدنى للأجر حسب تاريخ السريان</source>
        <translation>Salaire minimum (SMIG/SMAG) par date d&apos;effet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ابتداء من</source>
        <translation>À partir du</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>المبلغ الشهري (درهم)</source>
        <translation>Montant mensuel (DH)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>المرجع</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>إضافة</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ملف قاعدة البيانات</source>
        <translation>Fichier de base de données</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>سيفتح البرنامج هذا الملف عند التشغيل القادم:</source>
        <translation>Le programme ouvrira ce fichier au prochain démarrage :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>سيفتح البرنامج الملف الافتراضي عند التشغيل القادم.</source>
        <translation>Le programme ouvrira le fichier par défaut au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/list_panel.py" line="+51"/>
        <source>بحث (Ctrl+F)</source>
        <translation>Rechercher (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>تعديل</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter أو نقرتان</source>
        <translation>Entrée ou double-clic</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>{shown} من {total}</source>
        <translation>{shown} sur {total}</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../ui/tasks.py" line="+74"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
</TS>
