"""The PHP the test wiki runs with, beyond what install.php writes.

Kept here as text rather than as .php files so that the package needs no data files
besides the evidence pack.
"""

from __future__ import annotations

import datetime as dt

SETTINGS_NAME = "FactcheckSettings.php"
SEARCH_CLASS = "FactcheckTestwikiSearch"
SEARCH_FILE = f"{SEARCH_CLASS}.php"
# Appended to the LocalSettings.php that install.php writes.
INCLUDE_LINE = f"require __DIR__ . '/{SETTINGS_NAME}';\n"

SEARCH_PHP = r"""<?php
/**
 * Full-text search for the factcheck test wiki, shaped like Wikipedia's search.
 *
 * MediaWiki's SQLite engine answers the API's default search (no srwhat) with a
 * title-only search, so words from an article's body find nothing, and it returns
 * hits in page-id order. Wikipedia (CirrusSearch) has no title-only search, matches
 * title and text together, never lists redirect pages and ranks by relevance. This
 * class gives the test wiki that behaviour on the same FTS3 `searchindex` table.
 */

use MediaWiki\MediaWikiServices;
use Wikimedia\Rdbms\FakeResultWrapper;

class FactcheckTestwikiSearch extends SearchSqlite {
    /** Per-term weight of a match in the title, against at most 2.2 for the text. */
    private const TITLE_WEIGHT = 5.0;
    /** Bonus when the query is the whole title. */
    private const EXACT_TITLE_BONUS = 20.0;
    /** BM25 constants for the text part of the score. */
    private const K1 = 1.2;
    private const B = 0.75;
    /**
     * What FTS3's "simple" tokenizer keeps in a token: ASCII letters and digits and every
     * byte of a multibyte character. Queries are split the same way (regexes in byte
     * mode, no /u), or "soviet–japanese", one token in the index, would never match.
     */
    private const TOKEN_CHARS = 'A-Za-z0-9\x80-\xFF';

    /**
     * Null makes ApiQuerySearch fall back to full text, as it does on Wikipedia;
     * srwhat=title then fails with search-title-disabled, as there.
     */
    protected function doSearchTitleInDB( $term ) {
        return null;
    }

    protected function doSearchTextInDB( $term ) {
        $contLang = MediaWikiServices::getInstance()->getContentLanguage();
        $query = $this->filter( $contLang->lc( $term ) );
        $include = [];
        $exclude = [];
        preg_match_all( '/(-?)(?:"([^"]*)"|([^\s"]+))/u', $query, $m, PREG_SET_ORDER );
        foreach ( $m as $bits ) {
            $phrase = isset( $bits[3] ) && $bits[3] !== '' ? $bits[3] : $bits[2];
            $phrase = trim( $contLang->normalizeForSearch( $phrase ) );
            $wildcard = substr( $phrase, -1 ) === '*';
            $words = $this->tokens( rtrim( $phrase, '*' ) );
            if ( !$words ) {
                continue;
            }
            $part = [ 'words' => $words, 'wildcard' => $wildcard ];
            if ( $bits[1] === '-' ) {
                $exclude[] = $part;
            } else {
                $include[] = $part;
            }
        }
        $this->searchTerms = array_map( [ $this, 'termRegex' ], $include );
        if ( !$include ) {
            return new SqlSearchResultSet( new FakeResultWrapper( [] ), [], 0 );
        }

        $dbr = $this->lb->getConnectionRef( DB_REPLICA );
        $page = $dbr->tableName( 'page' );
        $redirect = $dbr->tableName( 'redirect' );
        $si = $dbr->tableName( 'searchindex' );
        $sql = "SELECT page_namespace, page_title, page_is_redirect, rd_namespace, rd_title, " .
            "si_text FROM $page JOIN $si ON page_id = $si.rowid " .
            "LEFT JOIN $redirect ON rd_from = page_id " .
            "WHERE $si MATCH " . $dbr->addQuotes( $this->ftsQuery( $include ) );
        foreach ( $exclude as $part ) {
            $sql .= " AND $si.rowid NOT IN (SELECT rowid FROM $si WHERE $si MATCH " .
                $dbr->addQuotes( $this->ftsQuery( [ $part ] ) ) . ')';
        }
        $namespaces = $this->namespaces === [] ? [ NS_MAIN ] : $this->namespaces;
        if ( $namespaces !== null ) {
            $sql .= ' AND page_namespace IN (' . $dbr->makeList( $namespaces ) . ')';
        }
        $rows = iterator_to_array( $dbr->query( $sql, __METHOD__ ), false );

        $lengths = array_map( static function ( $row ) {
            return max( 1, count( preg_split( '/\s+/', trim( $row->si_text ) ) ) );
        }, $rows );
        $avgLength = $rows ? array_sum( $lengths ) / count( $rows ) : 1;
        $queryTokens = $this->tokens( $query );
        $hits = [];
        foreach ( $rows as $i => $row ) {
            // The real title: the indexed one has extra forms ("xi's" becomes "xi xi's").
            $title = $contLang->lc( strtr( $row->page_title, '_', ' ' ) );
            $score = 0.0;
            foreach ( $this->searchTerms as $regex ) {
                $score += self::TITLE_WEIGHT * preg_match_all( "/$regex/i", $title );
                if ( !$row->page_is_redirect ) {
                    $tf = preg_match_all( "/$regex/i", $row->si_text );
                    $norm = 1 - self::B + self::B * $lengths[$i] / $avgLength;
                    $score += $tf * ( self::K1 + 1 ) / ( $tf + self::K1 * $norm );
                }
            }
            if ( $this->tokens( $title ) === $queryTokens ) {
                $score += self::EXACT_TITLE_BONUS;
            }
            $ns = (int)$row->page_namespace;
            $dbkey = $row->page_title;
            if ( $row->page_is_redirect ) {
                // Wikipedia lists the article a redirect leads to, never the redirect.
                if ( $row->rd_title === null ) {
                    continue;
                }
                $ns = (int)$row->rd_namespace;
                $dbkey = $row->rd_title;
            }
            $key = "$ns:$dbkey";
            if ( !isset( $hits[$key] ) || $hits[$key]['score'] < $score ) {
                $hits[$key] = [ 'ns' => $ns, 'dbkey' => $dbkey, 'score' => $score ];
            }
        }
        usort( $hits, static function ( $a, $b ) {
            return [ $b['score'], $a['dbkey'] ] <=> [ $a['score'], $b['dbkey'] ];
        } );
        $slice = array_slice( $hits, $this->offset, $this->limit );
        $resultRows = array_map( static function ( $hit ) {
            return (object)[ 'page_namespace' => $hit['ns'], 'page_title' => $hit['dbkey'] ];
        }, $slice );
        return new SqlSearchResultSet(
            new FakeResultWrapper( $resultRows ), $this->searchTerms, count( $hits ) );
    }

    /** Words as the FTS3 tokenizer sees them. */
    private function tokens( $text ) {
        return preg_split( '/[^' . self::TOKEN_CHARS . ']+/', $text, -1, PREG_SPLIT_NO_EMPTY );
    }

    /** An FTS3 MATCH expression: every part quoted, so no part is read as syntax. */
    private function ftsQuery( array $parts ) {
        $quoted = [];
        foreach ( $parts as $part ) {
            $star = $part['wildcard'] ? '*' : '';
            $quoted[] = '"' . implode( ' ', $part['words'] ) . $star . '"';
        }
        return implode( ' ', $quoted );
    }

    /** A regex (no delimiters; '/' is escaped) that finds one query part in index text. */
    private function termRegex( array $part ) {
        $words = array_map( static function ( $w ) {
            return preg_quote( $w, '/' );
        }, $part['words'] );
        $c = self::TOKEN_CHARS;
        $tail = $part['wildcard'] ? "[$c]*" : "(?![$c])";
        return "(?<![$c])" . implode( "[^$c]+", $words ) . $tail;
    }
}
"""


def render_settings(port: int, epoch: dt.datetime) -> str:
    """Settings for one run of the wiki on 127.0.0.1:port (rewritten at every start)."""
    return f"""<?php
// Written by factcheck.testwiki at every start; edits are lost.
$wgServer = 'http://127.0.0.1:{port}';
$wgCanonicalServer = $wgServer;
$wgSitename = 'Factcheck test wiki';
$wgLanguageCode = 'en';
$wgLocaltimezone = 'UTC';

wfLoadExtension( 'TextExtracts' );

// Search shaped like Wikipedia's (see {SEARCH_FILE}).
$wgSearchType = '{SEARCH_CLASS}';
$wgAutoloadClasses['{SEARCH_CLASS}'] = __DIR__ . '/{SEARCH_FILE}';

// A request never runs queued jobs: they would slow it and make SQLite writers queue up.
// Seeding does all the work that matters (search index, redirects, links) itself.
$wgJobRunRate = 0;

// No cache that could serve a page as it was before an edit. The parser cache stays
// (keyed by revision, and it spares re-parsing long articles); the epoch drops entries
// made before this start, when the server URL may have been another.
$wgMainCacheType = CACHE_NONE;
$wgMessageCacheType = CACHE_NONE;
$wgCachePages = false;
$wgUseFileCache = false;
$wgEnableSidebarCache = false;
$wgCacheEpoch = '{epoch.astimezone(dt.UTC).strftime("%Y%m%d%H%M%S")}';

// Tests and the demo send bursts of requests from one address.
$wgRateLimits = [];
$wgGroupPermissions['*']['noratelimit'] = true;

// A headless wiki on loopback: no mail, uploads, pings home or remote files.
$wgEnableEmail = false;
$wgEnableUserEmail = false;
$wgEnableUploads = false;
$wgUseInstantCommons = false;
$wgPingback = false;

// Errors should say what went wrong; only tests ever read them.
$wgShowExceptionDetails = true;
"""
