package programme

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"syscall"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// Bucket layout, schema 1:
//
//	meta/app                 "kotoutus"
//	meta/schema              decimal schema version
//	programmes/<id>/summary  JSON Summary, so listing decodes no drafts
//	programmes/<id>/data     envelope with the programme
//	programmes/<id>/snapshots/<key>  snapshots of the programme (see snapshot.go)
var (
	bucketMeta       = []byte("meta")
	bucketProgrammes = []byte("programmes")
	keyApp           = []byte("app")
	keySchema        = []byte("schema")
	keySummary       = []byte("summary")
	keyData          = []byte("data")
	appName          = []byte("kotoutus")
)

// LockTimeout is how long Open waits for another process to release the file.
var LockTimeout = 2 * time.Second

// Store keeps programmes in one bbolt file. It is safe for concurrent use.
type Store struct {
	db   *bolt.DB
	path string
	now  func() time.Time
}

// Open opens or creates the database at path. A file held by another process
// fails with ErrLocked after LockTimeout; a damaged or foreign file fails with
// ErrNotDatabase or ErrForeign and is left as it is.
func Open(path string) (*Store, error) {
	if path == "" {
		return nil, fmt.Errorf("open: %w", ErrNoPath)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("open %s: %w", path, classify(err))
	}
	db, err := openBolt(path, false)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	s := &Store{db: db, path: path, now: func() time.Time { return time.Now().UTC() }}
	if err := s.init(); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return s, nil
}

// OpenReadOnly opens an existing database for reading only: it never
// creates, migrates or otherwise changes the file, and works on a file the
// user may not write. A missing file fails with ErrNoDatabase. Like Open it
// waits up to LockTimeout for a process that has the file open for writing
// (bbolt's shared lock waits for the writer's exclusive one) and then fails
// with ErrLocked. Writing methods fail with ErrReadOnly.
func OpenReadOnly(path string) (*Store, error) {
	if path == "" {
		return nil, fmt.Errorf("open: %w", ErrNoPath)
	}
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("open %s: %w", path, ErrNoDatabase)
	}
	db, err := openBolt(path, true)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	s := &Store{db: db, path: path, now: func() time.Time { return time.Now().UTC() }}
	if err := s.check(); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return s, nil
}

// check is init for a read-only store: the same checks, no writes.
func (s *Store) check() error {
	return classify(s.viewTx(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		if meta == nil {
			return ErrForeign
		}
		if _, err := schemaOf(meta); err != nil {
			return err
		}
		if tx.Bucket(bucketProgrammes) == nil {
			return fmt.Errorf("no programmes bucket: %w", ErrNotDatabase)
		}
		return nil
	}))
}

// schemaOf checks that meta is our app's and of a schema this version
// reads, and returns the schema version.
func schemaOf(meta *bolt.Bucket) (int, error) {
	if string(meta.Get(keyApp)) != string(appName) {
		return 0, ErrForeign
	}
	v, err := strconv.Atoi(string(meta.Get(keySchema)))
	if err != nil {
		return 0, fmt.Errorf("schema key: %w", ErrNotDatabase)
	}
	if v > SchemaVersion {
		return 0, fmt.Errorf("schema %d: %w", v, ErrNewerSchema)
	}
	return v, nil
}

// classify maps low-level errors to the package's sentinel errors, keeping
// the original in the chain.
func classify(err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, berrors.ErrTimeout):
		return fmt.Errorf("%w (%v)", ErrLocked, err)
	case errors.Is(err, berrors.ErrInvalid), errors.Is(err, berrors.ErrVersionMismatch),
		errors.Is(err, berrors.ErrChecksum), errors.Is(err, berrors.ErrInvalidMapping):
		return fmt.Errorf("%w (%v)", ErrNotDatabase, err)
	case errors.Is(err, syscall.ENOSPC), errors.Is(err, syscall.EDQUOT):
		return fmt.Errorf("%w (%v)", ErrDiskFull, err)
	case errors.Is(err, berrors.ErrDatabaseReadOnly), errors.Is(err, berrors.ErrTxNotWritable):
		return fmt.Errorf("%w (%v)", ErrReadOnly, err)
	case errors.Is(err, os.ErrPermission), errors.Is(err, syscall.EROFS):
		return fmt.Errorf("%w (%v)", ErrReadOnly, err)
	}
	return err
}

// init checks that the file is ours and of a schema we read, and lays out
// the buckets in a new file.
func (s *Store) init() error {
	err := s.updateTx(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		if meta == nil {
			empty := true
			_ = tx.ForEach(func([]byte, *bolt.Bucket) error { empty = false; return nil })
			if !empty {
				return ErrForeign
			}
			var err error
			if meta, err = tx.CreateBucket(bucketMeta); err != nil {
				return err
			}
			if err := meta.Put(keyApp, appName); err != nil {
				return err
			}
			if err := meta.Put(keySchema, []byte(strconv.Itoa(SchemaVersion))); err != nil {
				return err
			}
		}
		v, err := schemaOf(meta)
		if err != nil {
			return err
		}
		// Programmes are migrated one by one as they are read (Decode), so
		// an old file opens at once; the key records the newest writer.
		if v < SchemaVersion {
			if err := meta.Put(keySchema, []byte(strconv.Itoa(SchemaVersion))); err != nil {
				return err
			}
		}
		_, err = tx.CreateBucketIfNotExists(bucketProgrammes)
		return err
	})
	return classify(err)
}

// Path returns the database file's path.
func (s *Store) Path() string { return s.path }

// Close releases the file.
func (s *Store) Close() error { return s.db.Close() }

// List returns the summaries of all programmes, most recently saved first.
// A programme whose record is damaged is left out (ListAll names it), so
// that one bad record never hides the others.
func (s *Store) List() ([]Summary, error) {
	out, _, err := s.ListAll()
	return out, err
}

// ListAll returns the summaries of the programmes that can be read, most
// recently saved first, and the IDs of those whose record is damaged.
func (s *Store) ListAll() (out []Summary, damaged []string, err error) {
	err = s.viewTx(func(tx *bolt.Tx) error {
		progs := tx.Bucket(bucketProgrammes)
		return progs.ForEachBucket(func(k []byte) error {
			sum, ok := readSummary(progs, k)
			if !ok {
				damaged = append(damaged, string(k))
				return nil
			}
			out = append(out, sum)
			return nil
		})
	})
	if err != nil {
		return nil, nil, fmt.Errorf("list programmes: %w", err)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Updated.After(out[j].Updated) })
	return out, damaged, nil
}

// readSummary decodes one programme's summary; a damaged record (bad JSON,
// a missing bucket or data, or a page that panics or faults while read) is
// ok == false rather than an error for the whole list.
func readSummary(progs *bolt.Bucket, k []byte) (sum Summary, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	b := progs.Bucket(k)
	if b == nil || b.Get(keyData) == nil {
		return sum, false
	}
	if err := json.Unmarshal(b.Get(keySummary), &sum); err != nil || sum.ID != string(k) {
		return sum, false
	}
	return sum, true
}

// Load returns the programme with the given ID.
func (s *Store) Load(id string) (*Programme, error) {
	var p *Programme
	err := s.viewTx(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketProgrammes).Bucket([]byte(id))
		if b == nil {
			return ErrNotFound
		}
		var err error
		p, err = Decode(b.Get(keyData)) // decoded inside: bbolt's bytes die with tx
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("load programme %s: %w", id, err)
	}
	return p, nil
}

// Save writes p, creating it if new, and sets p.Updated to the save time.
func (s *Store) Save(p *Programme) error {
	if p.ID == "" {
		return fmt.Errorf("save programme: no id")
	}
	prev := p.Updated
	p.Updated = s.now().Truncate(time.Millisecond)
	data, err := Encode(p)
	if err != nil {
		p.Updated = prev
		return err
	}
	if err := s.put(p.Summary(), data); err != nil {
		p.Updated = prev
		return err
	}
	return nil
}

// put writes an encoded programme with its summary; the autosaver encodes
// under its lock and writes outside it.
func (s *Store) put(sum Summary, data []byte) error {
	sumData, err := json.Marshal(sum)
	if err != nil {
		return fmt.Errorf("save programme %s: %w", sum.ID, err)
	}
	err = s.updateTx(func(tx *bolt.Tx) error {
		b, err := tx.Bucket(bucketProgrammes).CreateBucketIfNotExists([]byte(sum.ID))
		if err != nil {
			return err
		}
		if err := b.Put(keySummary, sumData); err != nil {
			return err
		}
		return b.Put(keyData, data)
	})
	if err != nil {
		return fmt.Errorf("save programme %s: %w", sum.ID, classify(err))
	}
	return nil
}

// Delete removes a programme and its snapshots.
func (s *Store) Delete(id string) error {
	err := s.updateTx(func(tx *bolt.Tx) error {
		if tx.Bucket(bucketProgrammes).Bucket([]byte(id)) == nil {
			return ErrNotFound
		}
		return tx.Bucket(bucketProgrammes).DeleteBucket([]byte(id))
	})
	if err != nil {
		return fmt.Errorf("delete programme %s: %w", id, classify(err))
	}
	return nil
}

// Rename changes a programme's title.
func (s *Store) Rename(id, title string) error {
	p, err := s.Load(id)
	if err != nil {
		return err
	}
	p.Title = title
	return s.Save(p)
}

// Duplicate stores a copy of a programme under a new ID and title.
func (s *Store) Duplicate(id, title string) (*Programme, error) {
	p, err := s.Load(id)
	if err != nil {
		return nil, err
	}
	p.ID = NewProgrammeID()
	p.Title = title
	p.Created = s.now().Truncate(time.Second)
	if err := s.Save(p); err != nil {
		return nil, err
	}
	return p, nil
}
