//! Units of information: natural-log units (nats) or base-2 units (bits).

use std::f64::consts::LN_2;

/// The unit an entropy, divergence, cross-entropy or loss is reported in.
///
/// Every quantity is computed in nats; `from_nats` converts once, at the edge, so nothing else
/// multiplies by ln 2 by hand.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub enum Unit {
    /// Natural logarithm: 1 nat = the information of an event of probability 1/e.
    #[default]
    Nats,
    /// Base-2 logarithm: 1 bit = ln 2 nats.
    Bits,
}

impl Unit {
    /// Both units, in the order the unit switch lists them.
    pub const ALL: [Unit; 2] = [Unit::Nats, Unit::Bits];

    /// Converts a value in nats to this unit: x_bits = x_nats / ln 2.
    pub fn from_nats(self, nats: f64) -> f64 {
        match self {
            Unit::Nats => nats,
            Unit::Bits => nats / LN_2,
        }
    }

    /// Converts a value in this unit to nats: x_nats = x_bits * ln 2.
    pub fn to_nats(self, value: f64) -> f64 {
        match self {
            Unit::Nats => value,
            Unit::Bits => value * LN_2,
        }
    }

    /// The identifier used in URLs: `nats` or `bits`.
    pub fn id(self) -> &'static str {
        match self {
            Unit::Nats => "nats",
            Unit::Bits => "bits",
        }
    }

    /// Parses the URL identifier (`nats` or `bits`).
    pub fn parse(s: &str) -> Option<Unit> {
        Unit::ALL.into_iter().find(|unit| unit.id() == s)
    }

    /// The logarithm written in formulas for this unit: `ln` or `log₂`.
    pub fn log_symbol(self) -> &'static str {
        match self {
            Unit::Nats => "ln",
            Unit::Bits => "log₂",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_bit_is_ln_2_nats() {
        assert_eq!(Unit::Bits.from_nats(LN_2), 1.0);
        assert_eq!(Unit::Bits.to_nats(1.0), LN_2);
        assert_eq!(Unit::Nats.from_nats(0.5), 0.5);
    }

    #[test]
    fn ids_round_trip() {
        for unit in Unit::ALL {
            assert_eq!(Unit::parse(unit.id()), Some(unit));
        }
        assert_eq!(Unit::parse("bytes"), None);
    }
}
