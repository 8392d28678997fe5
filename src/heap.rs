//! The wasm build's memory allocator: blocks in power-of-two size classes, one free list per
//! class, fresh blocks cut from the pages the module grows into.
//!
//! Rust's default allocator on wasm, dlmalloc, is about 7 KB of code in the shell's module,
//! which every view downloads and compiles before it shows a number; with this one each view's
//! first load is 1.1 KB (gzipped) smaller, and slider moves are as fast. Allocating and freeing are O(1): a block of `n` bytes comes from
//! class ⌈log₂ max(n, align, 8)⌉, first from that class' free list, else from the bump region.
//! The price is memory: a block is rounded up to a power of two (less than twice what was asked),
//! and a freed block is reused only by its own class. The lab's heap is a few megabytes, and a
//! slider move frees and allocates the same sizes again and again, so the classes' free lists
//! serve almost every allocation after the first moves.

use std::alloc::Layout;
use std::ptr::null_mut;

/// The smallest class, 8 bytes: room for the free list's link.
const MIN_CLASS: u32 = 3;
/// One class per bit of an address.
const CLASSES: usize = usize::BITS as usize;
/// A wasm page.
const PAGE: usize = 65_536;

/// Where fresh memory comes from.
pub trait Pages {
    /// Adds `count` pages and returns the address where they start, `None` when memory is out.
    fn grow(&mut self, count: usize) -> Option<usize>;
}

/// The allocator's state: the free lists and the bump region `[next, end)`.
pub struct Heap<P> {
    free: [*mut u8; CLASSES],
    next: usize,
    end: usize,
    pages: P,
}

impl<P: Pages> Heap<P> {
    pub const fn new(pages: P) -> Self {
        Heap {
            free: [null_mut(); CLASSES],
            next: 0,
            end: 0,
            pages,
        }
    }

    /// The class of `layout`: its blocks are 2^class bytes, aligned to 2^class (up to a page).
    fn class(layout: Layout) -> Option<usize> {
        let size = layout.size().max(layout.align()).max(1 << MIN_CLASS);
        size.checked_next_power_of_two()
            .map(|block| block.trailing_zeros() as usize)
    }

    /// A block for `layout`, or null when memory is out.
    ///
    /// # Safety
    /// The caller owns the block until it passes it to [`Heap::dealloc`] with the same layout.
    pub unsafe fn alloc(&mut self, layout: Layout) -> *mut u8 {
        let Some(class) = Self::class(layout) else {
            return null_mut();
        };
        let head = self.free[class];
        if !head.is_null() {
            self.free[class] = *(head as *mut *mut u8);
            return head;
        }
        self.bump(class).unwrap_or(null_mut())
    }

    /// A fresh block of `class` from the bump region, which grows by whole pages as needed.
    unsafe fn bump(&mut self, class: usize) -> Option<*mut u8> {
        let size = 1usize << class;
        let align = size.min(PAGE);
        let mut start = self.next.checked_add(align - 1)? & !(align - 1);
        if start.checked_add(size)? > self.end {
            let short = start + size - self.end;
            let count = short.div_ceil(PAGE);
            let base = self.pages.grow(count)?;
            if base != self.end {
                // Not contiguous with the region (the first growth): keep what is left of the
                // old region and start afresh at the new pages.
                let old_end = self.end;
                self.keep_gap(old_end);
                self.next = base;
                start = base.checked_add(align - 1)? & !(align - 1);
            }
            self.end = base + count * PAGE;
            if start + size > self.end {
                // The fresh pages alone were one short of an aligned block: grow once more.
                return self.bump(class);
            }
        }
        self.keep_gap(start);
        self.next = start + size;
        Some(start as *mut u8)
    }

    /// Files the bytes skipped to align a block, `[next, end)`, under the free lists as the
    /// largest aligned blocks that fill them.
    unsafe fn keep_gap(&mut self, end: usize) {
        while self.next < end {
            let aligned = self.next.trailing_zeros().min(usize::BITS - 1);
            let mut class = aligned as usize;
            while self.next + (1 << class) > end {
                class -= 1;
            }
            let block = self.next as *mut u8;
            *(block as *mut *mut u8) = self.free[class];
            self.free[class] = block;
            self.next += 1 << class;
        }
    }

    /// Returns a block to its class' free list.
    ///
    /// # Safety
    /// `block` came from [`Heap::alloc`] (or [`Heap::realloc`]) with `layout`, and is not used
    /// again.
    pub unsafe fn dealloc(&mut self, block: *mut u8, layout: Layout) {
        if let Some(class) = Self::class(layout) {
            *(block as *mut *mut u8) = self.free[class];
            self.free[class] = block;
        }
    }

    /// `block` resized to `new_size`: the same block while the class stays the same.
    ///
    /// # Safety
    /// As for [`Heap::dealloc`]; the old pointer is not used again unless it is returned.
    pub unsafe fn realloc(&mut self, block: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let Ok(new_layout) = Layout::from_size_align(new_size, layout.align()) else {
            return null_mut();
        };
        if Self::class(layout) == Self::class(new_layout) {
            return block;
        }
        let moved = self.alloc(new_layout);
        if !moved.is_null() {
            std::ptr::copy_nonoverlapping(block, moved, layout.size().min(new_size));
            self.dealloc(block, layout);
        }
        moved
    }
}

/// The module's own memory, grown a page at a time.
#[cfg(target_arch = "wasm32")]
pub struct WasmPages;

#[cfg(target_arch = "wasm32")]
impl Pages for WasmPages {
    fn grow(&mut self, count: usize) -> Option<usize> {
        let before = core::arch::wasm32::memory_grow(0, count);
        (before != usize::MAX).then(|| before * PAGE)
    }
}

/// The global allocator of the wasm build (`lib.rs`).
#[cfg(target_arch = "wasm32")]
pub struct SizeClasses(std::cell::UnsafeCell<Heap<WasmPages>>);

#[cfg(target_arch = "wasm32")]
impl SizeClasses {
    pub const fn new() -> Self {
        SizeClasses(std::cell::UnsafeCell::new(Heap::new(WasmPages)))
    }
}

#[cfg(target_arch = "wasm32")]
impl Default for SizeClasses {
    fn default() -> Self {
        Self::new()
    }
}

// SAFETY: the lab's wasm module has one thread, so the heap is never touched from two at once.
#[cfg(target_arch = "wasm32")]
unsafe impl Sync for SizeClasses {}

#[cfg(target_arch = "wasm32")]
unsafe impl std::alloc::GlobalAlloc for SizeClasses {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        (*self.0.get()).alloc(layout)
    }

    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        (*self.0.get()).dealloc(block, layout)
    }

    unsafe fn realloc(&self, block: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        (*self.0.get()).realloc(block, layout, new_size)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::BTreeMap;

    /// Pages from an arena on the host, with a limit to run out at; `gap` pages are skipped
    /// before the first growth, as a module's static data would be.
    struct Arena {
        base: usize,
        used: usize,
        limit: usize,
    }

    impl Arena {
        fn new(limit: usize, gap: usize) -> Arena {
            let layout = Layout::from_size_align((limit + gap) * PAGE, PAGE).unwrap();
            let base = unsafe { std::alloc::alloc(layout) } as usize;
            assert_ne!(base, 0);
            // Leaked on purpose: a test's heap lives until the process ends.
            Arena {
                base: base + gap * PAGE,
                used: 0,
                limit,
            }
        }
    }

    impl Pages for Arena {
        fn grow(&mut self, count: usize) -> Option<usize> {
            (self.used + count <= self.limit).then(|| {
                let start = self.base + self.used * PAGE;
                self.used += count;
                start
            })
        }
    }

    #[derive(Clone, Debug)]
    enum Step {
        Alloc { size: usize, align_log: u32 },
        Free(usize),
        Resize(usize, usize),
    }

    fn step() -> impl Strategy<Value = Step> {
        prop_oneof![
            4 => (prop_oneof![1usize..64, 64usize..5000, 5000usize..70_000], 0u32..7)
                .prop_map(|(size, align_log)| Step::Alloc { size, align_log }),
            3 => any::<usize>().prop_map(Step::Free),
            2 => (any::<usize>(), 1usize..70_000).prop_map(|(i, size)| Step::Resize(i, size)),
        ]
    }

    /// Fills a block with a pattern of its own, so a block that overlaps another shows.
    unsafe fn fill(block: *mut u8, size: usize, tag: u8) {
        std::ptr::write_bytes(block, tag, size);
    }

    unsafe fn holds(block: *mut u8, size: usize, tag: u8) -> bool {
        std::slice::from_raw_parts(block, size)
            .iter()
            .all(|&b| b == tag)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Any sequence of allocations, frees and resizes: every block is aligned, no two live
        /// blocks overlap, a block keeps its bytes, and a resized one keeps what fits.
        #[test]
        fn blocks_are_aligned_apart_and_keep_their_bytes(steps in prop::collection::vec(step(), 1..300)) {
            let mut heap = Heap::new(Arena::new(256, 1));
            let mut live: Vec<(*mut u8, Layout, u8)> = Vec::new();
            for (n, step) in steps.into_iter().enumerate() {
                let tag = (n % 251) as u8 + 1;
                unsafe {
                    match step {
                        Step::Alloc { size, align_log } => {
                            let layout = Layout::from_size_align(size, 1 << align_log).unwrap();
                            let block = heap.alloc(layout);
                            prop_assert!(!block.is_null());
                            prop_assert_eq!(block as usize % layout.align(), 0);
                            fill(block, size, tag);
                            live.push((block, layout, tag));
                        }
                        Step::Free(i) if !live.is_empty() => {
                            let (block, layout, tag) = live.swap_remove(i % live.len());
                            prop_assert!(holds(block, layout.size(), tag));
                            heap.dealloc(block, layout);
                        }
                        Step::Resize(i, size) if !live.is_empty() => {
                            let i = i % live.len();
                            let (block, layout, old_tag) = live[i];
                            let moved = heap.realloc(block, layout, size);
                            prop_assert!(!moved.is_null());
                            prop_assert!(holds(moved, layout.size().min(size), old_tag));
                            let layout = Layout::from_size_align(size, layout.align()).unwrap();
                            fill(moved, size, tag);
                            live[i] = (moved, layout, tag);
                        }
                        _ => {}
                    }
                }
                let mut spans = BTreeMap::new();
                for &(block, layout, _) in &live {
                    spans.insert(block as usize, layout.size().max(1));
                }
                let mut end = 0;
                for (&start, &size) in &spans {
                    prop_assert!(start >= end, "blocks overlap at {:#x}", start);
                    end = start + size;
                }
            }
            for (block, layout, tag) in live {
                let intact = unsafe { holds(block, layout.size(), tag) };
                prop_assert!(intact);
            }
        }
    }

    #[test]
    fn a_freed_block_is_used_again_before_fresh_memory() {
        let mut heap = Heap::new(Arena::new(64, 0));
        let layout = Layout::from_size_align(100, 8).unwrap();
        unsafe {
            let first = heap.alloc(layout);
            let next_before = heap.next;
            for _ in 0..1000 {
                heap.dealloc(first, layout);
                assert_eq!(heap.alloc(layout), first);
            }
            assert_eq!(heap.next, next_before);
        }
    }

    #[test]
    fn the_bytes_skipped_for_alignment_serve_smaller_blocks() {
        let mut heap = Heap::new(Arena::new(64, 0));
        unsafe {
            let small = heap.alloc(Layout::from_size_align(8, 8).unwrap());
            let big = heap.alloc(Layout::from_size_align(4096, 8).unwrap());
            assert_eq!(big as usize % 4096, 0);
            let (pages_end, next) = (heap.end, heap.next);
            // Between the 8-byte block and the 4096-byte one lie 4088 bytes, kept as one block
            // of each class from 8 to 2048 bytes.
            for class in MIN_CLASS..12 {
                let block = heap.alloc(Layout::from_size_align(1 << class, 8).unwrap());
                assert!((small as usize + 8..big as usize).contains(&(block as usize)));
            }
            assert_eq!((heap.end, heap.next), (pages_end, next));
        }
    }

    #[test]
    fn out_of_memory_is_a_null_block_not_a_crash() {
        let mut heap = Heap::new(Arena::new(2, 0));
        unsafe {
            assert!(!heap
                .alloc(Layout::from_size_align(PAGE, 8).unwrap())
                .is_null());
            assert!(heap
                .alloc(Layout::from_size_align(4 * PAGE, 8).unwrap())
                .is_null());
            let huge = Layout::from_size_align(isize::MAX as usize - 8, 1).unwrap();
            assert!(heap.alloc(huge).is_null());
            // What fits still comes.
            assert!(!heap
                .alloc(Layout::from_size_align(PAGE, 8).unwrap())
                .is_null());
        }
    }

    #[test]
    fn a_resize_within_the_class_keeps_the_block() {
        let mut heap = Heap::new(Arena::new(4, 0));
        unsafe {
            let layout = Layout::from_size_align(40, 8).unwrap();
            let block = heap.alloc(layout);
            assert_eq!(heap.realloc(block, layout, 64), block);
            assert_ne!(heap.realloc(block, layout, 65), block);
        }
    }
}
