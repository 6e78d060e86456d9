package library

import (
	"context"
	"sync"
)

// MarkSet is the marks of one run in memory: read at once from any
// goroutine (a search asks for thousands), changed at once by the app, and
// kept in the library by Keep and Flush, which run off the app's event
// loop. Without a library it keeps the marks in memory only.
type MarkSet struct {
	lib *Library // nil: nothing is written

	mu    sync.RWMutex
	marks map[string]Mark
	dirty map[string]bool // changed since they were last written

	// One write at a time: each writes the marks as they were when it
	// began, so the last one written is the latest.
	writing sync.Mutex
}

// LoadMarkSet reads the marks of lib into a MarkSet that keeps them there;
// a nil lib gives an empty set that keeps nothing.
func LoadMarkSet(ctx context.Context, lib *Library) (*MarkSet, error) {
	s := &MarkSet{lib: lib, marks: map[string]Mark{}, dirty: map[string]bool{}}
	if lib == nil {
		return s, nil
	}
	marks, err := lib.Marks(ctx)
	if err != nil {
		return nil, err
	}
	s.marks = marks
	return s, nil
}

// Kept reports whether the set writes its marks to a library.
func (s *MarkSet) Kept() bool { return s.lib != nil }

// Get returns the mark of key.
func (s *MarkSet) Get(key string) Mark {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.marks[key]
}

// IsRead reports whether the article with key has been read.
func (s *MarkSet) IsRead(key string) bool { return s.Get(key).Read }

// IsSaved reports whether the article with key is saved.
func (s *MarkSet) IsSaved(key string) bool { return s.Get(key).Saved }

// EachMarked calls fn with every key that has a mark, read or saved, for
// a search's is: qualifiers. fn must not change the set.
func (s *MarkSet) EachMarked(fn func(key string, read, saved bool)) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	for key, m := range s.marks {
		if m.Read || m.Saved {
			fn(key, m.Read, m.Saved)
		}
	}
}

// Update changes the mark of key in memory with change, and returns it; a
// later Keep or Flush writes it.
func (s *MarkSet) Update(key string, change func(*Mark)) Mark {
	s.mu.Lock()
	defer s.mu.Unlock()
	m := s.marks[key]
	change(&m)
	s.marks[key] = m
	s.dirty[key] = true
	return m
}

// Keep writes the marks of keys that changed since they were last written.
// It may wait for the library (another process writing): run it off the
// app's event loop. On failure the marks stay in memory, to be written by
// a later Keep or Flush.
func (s *MarkSet) Keep(ctx context.Context, keys ...string) error {
	if s.lib == nil {
		return nil
	}
	s.writing.Lock()
	defer s.writing.Unlock()
	s.mu.Lock()
	batch := make(map[string]Mark, len(keys))
	for _, key := range keys {
		if s.dirty[key] {
			batch[key] = s.marks[key]
			delete(s.dirty, key)
		}
	}
	s.mu.Unlock()
	if err := s.lib.PutMarks(ctx, batch); err != nil {
		s.mu.Lock()
		for key := range batch {
			s.dirty[key] = true
		}
		s.mu.Unlock()
		return err
	}
	return nil
}

// Flush writes every mark not written yet, as when the app quits.
func (s *MarkSet) Flush(ctx context.Context) error {
	s.mu.RLock()
	keys := make([]string, 0, len(s.dirty))
	for key := range s.dirty {
		keys = append(keys, key)
	}
	s.mu.RUnlock()
	return s.Keep(ctx, keys...)
}
