//! What came back for an address, from the network (`fetch`) or a saved copy (`saved`).

#[derive(Clone, Debug)]
pub enum Retrieved {
    /// The page's main text; `reused` when a 304 said the cached one still holds.
    Text {
        text: String,
        reused: bool,
    },
    Moved {
        code: u16,
        to: String,
    },
    Gone(String),
    Unreachable(String),
}
