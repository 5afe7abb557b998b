//! Conditions: the scope of "if", "unless", "before", "in exchange for".
//!
//! Takes a [`Sentence`] whose items know their quotation and clause. Marks
//! every item a conditional word governs ([`Item::cond`](super::sentence::Item)):
//! to the first comma when the condition opens its clause ("If A, B"),
//! else to the end of the clause, stopping before a speech tag or a gloss
//! (“…, a phrase that …”). Hands on that scope, which the reading of a
//! term inside a condition starts from (`reading.rs`), and the reading
//! steps of such a term: its own cue, reversers and negators, and whether a
//! threat, a refusal or a deferral in the main clause turns it around.

use super::sentence::{ItemKind, Sentence};
use crate::lexicon::Kind;

impl<'a> Sentence<'a> {
    pub(super) fn mark_conditions(&mut self) {
        let n = self.items.len();
        for k in 0..n {
            if !matches!(self.kind_at(k), Some(Kind::Conditional)) {
                continue;
            }
            let clause = self.items[k].clause;
            let quote = self.items[k].quote;
            // At the start of its clause ("If A, B"): the condition ends at
            // the first comma. Otherwise it runs to the end of the clause.
            let at_start = (0..k)
                .rev()
                .take_while(|&j| self.items[j].clause == clause && self.items[j].quote == quote)
                .all(|j| {
                    matches!(self.items[j].kind, ItemKind::Punct(_))
                        || matches!(
                            self.word_at(j),
                            Some("only" | "even" | "and" | "but" | "so")
                        )
                });
            let mut j = k + 1;
            while j < n && self.items[j].clause == clause && self.items[j].quote == quote {
                if self.punct_at(j) == Some(',')
                    && (at_start || self.tag_follows(j) || self.gloss_follows(j))
                {
                    break;
                }
                if self.items[j].cond.is_none() {
                    self.items[j].cond = Some(k);
                }
                j += 1;
            }
        }
    }

    /// Does a phrase that comments on what came before follow the comma at
    /// `j` (“…, a phrase that covers …”, “…, a term which …”): a determiner,
    /// one or two plain words, then a relative? What it says is not part of
    /// a condition before it.
    pub(super) fn gloss_follows(&self, j: usize) -> bool {
        let w = &self.c.words;
        // (past the mark of a scare quote the comma sits inside)
        let j = if self.is_quote_mark(j + 1) { j + 1 } else { j };
        if !self.word_in(j + 1, &w.determiners) {
            return false;
        }
        (j + 3..=j + 4).any(|r| {
            (j + 2..r).all(|x| {
                matches!(
                    self.items.get(x).map(|it| &it.kind),
                    Some(ItemKind::Word(_))
                )
            }) && (self.word_in(r, &w.relatives) || self.item_is_word(r, "that"))
        })
    }

    /// Does a speech tag follow the comma at `j` ("…, the State Department
    /// said")? It is not part of a condition before it.
    pub(super) fn tag_follows(&self, j: usize) -> bool {
        (j + 1..(j + 7).min(self.items.len()))
            .take_while(|&x| {
                self.items[x].quote == self.items[j].quote && self.punct_at(x).is_none()
            })
            .any(|x| matches!(self.kind_at(x), Some(Kind::Speech)))
    }

    pub(super) fn clause_has_condition(&self, t: usize) -> bool {
        let (q, c) = (self.items[t].quote, self.items[t].clause);
        self.items
            .iter()
            .any(|it| it.quote == q && it.clause == c && it.cond.is_some())
    }
}
