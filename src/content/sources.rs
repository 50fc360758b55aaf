//! The five official pages every fact comes from (../shared/seeds), with the date each gives.

/// One source page. The order follows the seed files 000–004.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Seed {
    /// norge.no, English then Ukrainian: digital services and electronic ID.
    NorgeEid,
    /// norge.no in Nynorsk, a later version: BankID and Buypass ID i mobil.
    NorgeEidNynorsk,
    /// UNHCR Help, Norway page: protection, registration, waiting, rights.
    UnhcrNorway,
    /// UDI, several pages: decision, residence card, settlement, extension, travel, return.
    Udi,
    /// The public agencies' joint page "Become an online user".
    OnlineUser,
}

/// The date a source page gives for itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AsOf {
    Day {
        year: u16,
        month: u8,
        day: u8,
    },
    Year(u16),
    /// The page gives no date.
    Undated,
}

impl Seed {
    pub const ALL: [Seed; 5] = [
        Seed::NorgeEid,
        Seed::NorgeEidNynorsk,
        Seed::UnhcrNorway,
        Seed::Udi,
        Seed::OnlineUser,
    ];

    /// The seed file it was copied to, for reviewers.
    pub fn file(self) -> &'static str {
        match self {
            Seed::NorgeEid => "000_7a762048edda1686.txt",
            Seed::NorgeEidNynorsk => "001_2e561fc491ce3aa7.txt",
            Seed::UnhcrNorway => "002_d4248d5b0b525977.txt",
            Seed::Udi => "003_7de6c47ab3434293.txt",
            Seed::OnlineUser => "004_364c4b5274dcf3d5.txt",
        }
    }

    /// The key of its name and date texts in locales/*.json (`source.<key>`).
    pub fn key(self) -> &'static str {
        match self {
            Seed::NorgeEid => "norge_eid",
            Seed::NorgeEidNynorsk => "norge_eid_nn",
            Seed::UnhcrNorway => "unhcr",
            Seed::Udi => "udi",
            Seed::OnlineUser => "online_user",
        }
    }

    pub fn as_of(self) -> AsOf {
        match self {
            Seed::NorgeEid => AsOf::Day {
                year: 2022,
                month: 4,
                day: 12,
            },
            Seed::Udi => AsOf::Year(2023),
            Seed::NorgeEidNynorsk | Seed::UnhcrNorway | Seed::OnlineUser => AsOf::Undated,
        }
    }

    /// The publisher's site, only where the seeds README names it.
    pub fn site(self) -> Option<&'static str> {
        match self {
            Seed::NorgeEid | Seed::NorgeEidNynorsk => Some("norge"),
            Seed::Udi => Some("udi"),
            Seed::UnhcrNorway | Seed::OnlineUser => None,
        }
    }
}
