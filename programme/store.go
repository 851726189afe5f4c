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
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("open %s: %w", path, classify(err))
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: LockTimeout})
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, classify(err))
	}
	s := &Store{db: db, path: path, now: func() time.Time { return time.Now().UTC() }}
	if err := s.init(); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return s, nil
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
		if string(meta.Get(keyApp)) != string(appName) {
			return ErrForeign
		}
		v, err := strconv.Atoi(string(meta.Get(keySchema)))
		if err != nil {
			return fmt.Errorf("schema key: %w", ErrNotDatabase)
		}
		if v > SchemaVersion {
			return fmt.Errorf("schema %d: %w", v, ErrNewerSchema)
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
func (s *Store) List() ([]Summary, error) {
	var out []Summary
	err := s.viewTx(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketProgrammes).ForEachBucket(func(k []byte) error {
			var sum Summary
			if err := json.Unmarshal(tx.Bucket(bucketProgrammes).Bucket(k).Get(keySummary), &sum); err != nil {
				return fmt.Errorf("programme %s: %w", k, err)
			}
			out = append(out, sum)
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("list programmes: %w", err)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Updated.After(out[j].Updated) })
	return out, nil
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

// Backup writes a consistent copy of the whole database to path, even while
// the app is saving.
func (s *Store) Backup(path string) error {
	err := s.viewTx(func(tx *bolt.Tx) error { return tx.CopyFile(path, 0o600) })
	if err != nil {
		return fmt.Errorf("back up to %s: %w", path, classify(err))
	}
	return nil
}
