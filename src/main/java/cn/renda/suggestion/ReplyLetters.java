package cn.renda.suggestion;

import cn.renda.handling.ActionCommand;
import cn.renda.handling.HandlingFacade;
import cn.renda.handling.NewAttachment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A unit's reply with its stamped reply letter (答复函): the reply and the letter are stored in one transaction,
 * the letter as an attachment of the case (the engine checks its size, type and content), so a refused letter
 * leaves no reply behind and the deputy always finds the letter beside the reply.
 */
@Service
public class ReplyLetters {

    private final SuggestionFacade suggestions;
    private final HandlingFacade handling;

    ReplyLetters(SuggestionFacade suggestions, HandlingFacade handling) {
        this.suggestions = suggestions;
        this.handling = handling;
    }

    /** Replies to the suggestion {@code id} and attaches the letter to its case. */
    @Transactional
    public SuggestionDetail replyWithLetter(long id, ActionCommand reply, NewAttachment letter) {
        SuggestionDetail done = suggestions.act(id, reply);
        handling.attach(done.handling().id(), letter);
        return done;
    }
}
