package org.crossforce.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import org.crossforce.crypto.internal.Keysets;

import org.springframework.stereotype.Service;

/**
 * Keyed blind indexes: HMAC-SHA256 of a normalised value under a key outside the database, so equal values can be
 * matched (the same warrant number in two reports) without storing the value, and without the index being
 * reversible by guessing unless the key is also taken. The purpose is part of the input, so an index made for
 * one kind of value never matches another.
 */
@Service
public class BlindIndex {

	/** 128 bits: ample to make accidental collisions negligible, short enough to index. */
	private static final int OUTPUT_BYTES = 16;

	private final Keysets keysets;

	BlindIndex(Keysets keysets) {
		this.keysets = keysets;
	}

	public String of(String purpose, String normalisedValue) {
		byte[] input = (purpose + '\u0000' + normalisedValue).getBytes(StandardCharsets.UTF_8);
		try {
			return HexFormat.of().formatHex(keysets.prf().computePrimary(input, OUTPUT_BYTES));
		}
		catch (GeneralSecurityException failure) {
			throw new IllegalStateException("Blind index failed", failure);
		}
	}

}
