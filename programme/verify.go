package programme

import (
	"errors"
	"fmt"
	"hash/crc32"

	bolt "go.etcd.io/bbolt"
)

// ErrDamagedRecord means a database opens but one of its records or pages
// is damaged; the rest of the file may still be read.
var ErrDamagedRecord = errors.New("database has damaged records")

// Verify checks the whole database: it reads every page (so a damaged page
// is found here, under the fault guard, not in a background goroutine),
// decodes every programme, snapshot and deleted programme, and runs bbolt's
// own consistency check. A file that passes is fit to become a backup.
func (s *Store) Verify() error {
	if err := walkFilePages(s.path); err != nil {
		return fmt.Errorf("verify %s: %w", s.path, err)
	}
	err := s.viewTx(func(tx *bolt.Tx) error {
		if err := verifyBuckets(tx.Cursor(), func(name []byte) *bolt.Bucket { return tx.Bucket(name) }, 0); err != nil {
			return err
		}
		// Every page was read above, so the check's own goroutine (which has
		// no fault guard) reads only pages that are mapped.
		var errs []error
		for err := range tx.Check() {
			errs = append(errs, err)
			if len(errs) >= 10 {
				break
			}
		}
		if len(errs) > 0 {
			return fmt.Errorf("%w: %w", ErrDamagedRecord, errors.Join(errs...))
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("verify %s: %w", s.path, err)
	}
	return nil
}

// maxBucketDepth bounds the walk: our layout nests four deep.
const maxBucketDepth = 8

// verifyBuckets reads every key and value below a cursor, descends into
// nested buckets and decodes every programme envelope ("data" values).
func verifyBuckets(c *bolt.Cursor, child func([]byte) *bolt.Bucket, depth int) error {
	if depth > maxBucketDepth {
		return fmt.Errorf("%w: buckets nested too deep", ErrDamagedRecord)
	}
	var sum uint32
	for k, v := c.First(); k != nil; k, v = c.Next() {
		sum = crc32.Update(sum, crc32.IEEETable, k)
		if v == nil {
			b := child(k)
			if b == nil {
				return fmt.Errorf("%w: key %q is neither a value nor a bucket", ErrDamagedRecord, k)
			}
			if err := verifyBuckets(b.Cursor(), b.Bucket, depth+1); err != nil {
				return fmt.Errorf("%s/%w", k, err)
			}
			continue
		}
		sum = crc32.Update(sum, crc32.IEEETable, v)
		if string(k) == string(keyData) {
			if _, err := Decode(v); err != nil {
				return fmt.Errorf("%w: %w", ErrDamagedRecord, err)
			}
		}
	}
	_ = sum // reading the bytes is the point: it touches every page
	return nil
}

// VerifyFile opens the database at path read-only and verifies it.
func VerifyFile(path string) error {
	s, err := OpenReadOnly(path)
	if err != nil {
		return err
	}
	defer s.Close()
	return s.Verify()
}
