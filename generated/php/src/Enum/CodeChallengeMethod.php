<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Enum;

/**
 * CodeChallengeMethod: the values of `code_challenge_method`. `S256` (recommended) or `plain`; `plain`
 * when a challenge comes without a method. A value this version does not know arrives as a plain
 * string, never dropped.
 */
enum CodeChallengeMethod: string
{
    case S256 = 'S256';
    case Plain = 'plain';
}
