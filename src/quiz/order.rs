//! Deterministic randomness: the same seed always gives the same draw and
//! the same option order, so a round can be replayed and tested.

/// A small, fast generator (`SplitMix64`). Not for secrets; for fair draws.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    #[must_use]
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A uniform index in `0..n` (`n` > 0), without modulo bias.
    pub fn below(&mut self, n: usize) -> usize {
        let n = n as u64;
        // Reject the top slice of the range that would favour small values.
        let zone = u64::MAX - (u64::MAX % n);
        loop {
            let x = self.next_u64();
            if x < zone {
                // x % n < n, which came from a usize.
                return usize::try_from(x % n).unwrap_or(0);
            }
        }
    }

    /// Fisher–Yates shuffle in place.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }

    /// The items in a random order, one at a time: Fisher–Yates from the
    /// first place up, so place `i` is final once drawn and a caller that
    /// needs only the first few stops after that many draws (one draw per
    /// item taken, where [`Rng::shuffle`] draws once per item there is).
    /// Another order than `shuffle`'s for the same seed. `items` is left
    /// rearranged.
    pub fn one_by_one<'a, T: Clone>(&'a mut self, items: &'a mut [T]) -> impl Iterator<Item = T> + 'a {
        let len = items.len();
        (0..len).map(move |i| {
            let j = i + self.below(len - i);
            items.swap(i, j);
            items[i].clone()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_sequence() {
        let a: Vec<u64> = {
            let mut r = Rng::new(42);
            (0..5).map(|_| r.next_u64()).collect()
        };
        let b: Vec<u64> = {
            let mut r = Rng::new(42);
            (0..5).map(|_| r.next_u64()).collect()
        };
        assert_eq!(a, b);
        let mut other = Rng::new(43);
        assert_ne!(a[0], other.next_u64());
    }

    #[test]
    fn shuffle_is_a_permutation() {
        for seed in 0..200 {
            let mut items: Vec<u32> = (0..10).collect();
            Rng::new(seed).shuffle(&mut items);
            let mut sorted = items.clone();
            sorted.sort_unstable();
            assert_eq!(sorted, (0..10).collect::<Vec<_>>());
        }
    }

    #[test]
    fn every_position_is_reached_about_equally_often() {
        // 4 options shuffled 8,000 times: each option should land first
        // about 2,000 times; a biased shuffle misses this by far.
        let mut first = [0u32; 4];
        let mut rng = Rng::new(7);
        for _ in 0..8_000 {
            let mut items = [0usize, 1, 2, 3];
            rng.shuffle(&mut items);
            first[items[0]] += 1;
        }
        for count in first {
            assert!((1_800..=2_200).contains(&count), "{first:?}");
        }
    }

    #[test]
    fn one_by_one_is_a_permutation_drawn_lazily_and_fair() {
        for seed in 0..200 {
            let mut items: Vec<u32> = (0..10).collect();
            let mut drawn: Vec<u32> = Rng::new(seed).one_by_one(&mut items).collect();
            assert_eq!(drawn, items, "the items are left in the order drawn");
            drawn.sort_unstable();
            assert_eq!(drawn, (0..10).collect::<Vec<_>>());
        }
        // Taking three draws three numbers from the stream, and the three
        // are the first three of the whole order.
        let mut items: Vec<u32> = (0..10).collect();
        let mut rng = Rng::new(5);
        let first: Vec<u32> = rng.one_by_one(&mut items).take(3).collect();
        let mut after = rng.clone();
        let mut skipped = Rng::new(5);
        (0..3).for_each(|_| {
            skipped.next_u64();
        });
        assert_eq!(after.next_u64(), skipped.next_u64(), "three draws for three items");
        let mut again: Vec<u32> = (0..10).collect();
        let whole: Vec<u32> = Rng::new(5).one_by_one(&mut again).collect();
        assert_eq!(first, whole[..3]);
        // Each of 4 items first about a quarter of 8,000 times.
        let mut first = [0u32; 4];
        let mut rng = Rng::new(7);
        for _ in 0..8_000 {
            let mut items = [0usize, 1, 2, 3];
            first[rng.one_by_one(&mut items).next().unwrap_or(0)] += 1;
        }
        for count in first {
            assert!((1_800..=2_200).contains(&count), "{first:?}");
        }
    }

    #[test]
    fn below_stays_in_range() {
        let mut rng = Rng::new(1);
        for n in 1..50 {
            for _ in 0..20 {
                assert!(rng.below(n) < n);
            }
        }
    }
}
